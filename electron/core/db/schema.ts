import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it (camelCase here, snake_case in SQL via CamelCasePlugin).
 * Money in integer pence, dates YYYY-MM-DD, instants ISO UTC, ids text.
 */
export interface Schema {
  setting: SettingTable;
  backupLog: BackupLogTable;
  employer: EmployerTable;
  worker: WorkerTable;
  rightToWorkCheck: RightToWorkCheckTable;
  dbsCheck: DbsCheckTable;
  dbsStatusCheck: DbsStatusCheckTable;
  workerReference: WorkerReferenceTable;
  interview: InterviewTable;
  contractVersion: ContractVersionTable;
  document: DocumentTable;
  documentContent: DocumentContentTable;
}

export interface SettingTable {
  key: string;
  /** JSON */
  value: string;
}

export interface BackupLogTable {
  id: Generated<number>;
  createdAt: string;
  /** Empty for a failed attempt. */
  fileName: string;
  bytes: number;
  /** Why an automatic backup failed, in plain English; null when the backup was made. */
  problem: string | null;
}

export interface EmployerTable {
  /** Always 1: one employer per book. */
  id: number;
  kind: string;
  name: string;
  actingFor: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  phone: string;
  email: string;
  updatedAt: string;
  // 004_people (defaults to '', so the first save of the details needs none of them)
  insurer: Generated<string>;
  policyNumber: Generated<string>;
  coverPounds: number | null;
  renewsOn: Generated<string>;
  payeReference: Generated<string>;
  pensionScheme: Generated<string>;
  pensionDutiesStartOn: Generated<string>;
  pensionDeclarationOn: Generated<string>;
  localAuthority: Generated<string>;
  /** 'london' | 'elsewhere' | null */
  wageArea: string | null;
}

/** Optional text and dates are '' when not given, never null. */
export interface WorkerTable {
  id: string;
  fullName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  niNumber: string;
  phone: string;
  email: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  emergencyName: string;
  emergencyRelationship: string;
  emergencyPhone: string;
  jobTitle: string;
  startDate: string;
  /** 'applicant' | 'active' | 'left' */
  status: string;
  leftOn: string;
  leftReason: string;
  createdAt: string;
  updatedAt: string;
}

export interface RightToWorkCheckTable {
  id: string;
  workerId: string;
  checkedOn: string;
  method: string;
  evidence: string;
  permission: string;
  permissionEndsOn: string;
  notes: string;
  createdAt: string;
}

export interface DbsCheckTable {
  id: string;
  workerId: string;
  level: string;
  /** 0 or 1 */
  adultsBarredList: number;
  childrenBarredList: number;
  certificateNumber: string;
  issuedOn: string;
  updateServiceJoinedOn: string;
  statusCheckConsent: number;
  disclosureNote: string;
  createdAt: string;
}

export interface DbsStatusCheckTable {
  id: string;
  dbsCheckId: string;
  checkedOn: string;
  result: string;
  note: string;
}

export interface WorkerReferenceTable {
  id: string;
  workerId: string;
  refereeName: string;
  relationship: string;
  contact: string;
  requestedOn: string;
  receivedOn: string;
  outcome: string;
  notes: string;
  createdAt: string;
}

export interface InterviewTable {
  id: string;
  workerId: string;
  heldOn: string;
  interviewers: string;
  /** JSON array of { value, question, notes } */
  answers: string;
  outcome: string;
  notes: string;
  createdAt: string;
}

export interface ContractVersionTable {
  id: string;
  workerId: string;
  version: number;
  appliesFrom: string;
  /** JSON: the ContractTerms as saved */
  terms: string;
  issuedOn: string;
  agreedOn: string;
  createdAt: string;
}

export interface DocumentTable {
  id: string;
  workerId: string;
  kind: string;
  label: string;
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  linkedId: string;
  addedAt: string;
}

export interface DocumentContentTable {
  documentId: string;
  data: Uint8Array;
}
