/** The training area's tables, as Kysely sees them (camelCase here, snake_case in SQL). Optional text and dates are '' when not given. */
export interface TrainingTables {
  trainingOwnTopic: TrainingOwnTopicTable;
  trainingRoleRequirement: TrainingRoleRequirementTable;
  trainingPaRequirement: TrainingPaRequirementTable;
  trainingPaExcusal: TrainingPaExcusalTable;
  trainingProfile: TrainingProfileTable;
  trainingRecord: TrainingRecordTable;
  careCertificateStandard: CareCertificateStandardTable;
  trainingQualification: TrainingQualificationTable;
  trainingPlan: TrainingPlanTable;
  trainingSetting: TrainingSettingTable;
}

/** A topic the employer added, or a built-in one they changed (same id as in reference data). */
export interface TrainingOwnTopicTable {
  id: string;
  name: string;
  category: number;
  /** null: no refresher. */
  intervalMonths: number | null;
  requiredForAll: number;
  active: number;
  custom: number;
  updatedAt: string;
}

export interface TrainingRoleRequirementTable {
  topicId: string;
  roleCode: number;
}

export interface TrainingPaRequirementTable {
  id: string;
  workerId: string;
  topicId: string;
}

/** A PA who does not need a topic they otherwise would (by everyone or by role), and why, in words. */
export interface TrainingPaExcusalTable {
  id: string;
  workerId: string;
  topicId: string;
  reason: string;
  createdAt: string;
}

/** What training needs to know about a PA: their job role, and their Care Certificate. */
export interface TrainingProfileTable {
  id: string;
  workerId: string;
  roleCode: number | null;
  careCertVersion: string;
  careCertCompletedOn: string;
}

export interface TrainingRecordTable {
  id: string;
  workerId: string;
  topicId: string;
  completedOn: string;
  provider: string;
  how: string;
  /** Hours in hundredths: 1.5 hours is 150. */
  hoursHundredths: number;
  expiresOverride: string;
  accredited: number;
  costPence: number;
  fundingClaimedOn: string;
  fundingClaimPence: number;
  fundingPaidOn: string;
  otherEmployer: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface CareCertificateStandardTable {
  id: string;
  workerId: string;
  version: string;
  standard: number;
  status: string;
  assessedOn: string;
  assessor: string;
}

export interface TrainingQualificationTable {
  id: string;
  workerId: string;
  referenceId: string;
  name: string;
  level: number | null;
  code: number | null;
  status: string;
  startedOn: string;
  achievedOn: string;
  createdAt: string;
}

export interface TrainingPlanTable {
  id: string;
  workerId: string;
  topicId: string;
  targetOn: string;
  note: string;
  createdAt: string;
}

/** One row (id 1): the book's training settings. */
export interface TrainingSettingTable {
  id: number;
  localEstId: string;
  dueWithinDays: number;
}
