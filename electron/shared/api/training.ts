import { z } from 'zod';
import { JOB_ROLE_CODES, TRAINING_CATEGORY_CODES } from '../reference/training-asc-wds.js';
import { QUALIFICATION_STATUSES } from '../reference/training-qualifications.js';
import type { TrainingStatus as Status } from '../training/status.js';
import { decimal, isRealIsoDate, nothing, optionalDate, optionalText, recordId, requiredText, wholeNumber } from './fields.js';
import { method } from './method.js';

/**
 * Training: topics (from reference data, changed or added by the employer), who needs which,
 * each PA's training records, Care Certificate progress and qualifications, planned training,
 * the matrix, the plan, funding and the ASC-WDS export.
 */

/** A topic's id: a built-in topic's name in reference data ("fire-safety"), or a UUID for one the employer added. */
export const topicId = (label = 'Topic') =>
  z
    .string({ error: `Choose the ${label.toLowerCase()}` })
    .regex(/^[a-z0-9-]{2,40}$/, { error: `Choose the ${label.toLowerCase()}` })
    .meta({ title: label });

const pence = (label: string) => wholeNumber(label, 0, 100_000_000);

export const HOW_GIVEN = ['face-to-face', 'e-learning', 'on-the-job', 'with-person-supported', 'by-person-supported'] as const;
export type HowGiven = (typeof HOW_GIVEN)[number];
export const HOW_GIVEN_WORDS: Readonly<Record<HowGiven, string>> = {
  'face-to-face': 'Face to face',
  'e-learning': 'E-learning',
  'on-the-job': 'On the job',
  'with-person-supported': 'With the person they support',
  'by-person-supported': 'Given by the person they support',
};

export const topicSchema = z
  .object({
    /** Absent for a new topic. */
    id: topicId().optional(),
    name: requiredText('Name of the topic', 120),
    category: z
      .number({ error: 'Choose the ASC-WDS training category' })
      .refine((c) => TRAINING_CATEGORY_CODES.includes(c), { error: 'Choose the ASC-WDS training category' })
      .meta({ title: 'ASC-WDS training category' }),
    /** null: no refresher. */
    intervalMonths: wholeNumber('Months until a refresher', 1, 120).nullable().meta({ title: 'Months until a refresher' }),
    requiredForAll: z.boolean({ error: 'Say whether every PA needs it' }).meta({ title: 'Every PA needs it' }),
    active: z.boolean({ error: 'Say whether you still use this topic' }).default(true).meta({ title: 'In use' }),
  })
  .strict();
export type TopicInput = z.output<typeof topicSchema>;

export interface Topic {
  id: string;
  name: string;
  category: number;
  intervalMonths: number | null;
  requiredForAll: boolean;
  active: boolean;
  /** Added by the employer (not in Carebook's reference data). */
  custom: boolean;
  /** Where a built-in topic's interval comes from; '' for the employer's own. */
  source: string;
  /** Job role codes (ASC-WDS MAINJOBROLE) for which it is required, besides everyone. */
  roles: number[];
  /** PAs who need it on their own. */
  workerIds: string[];
  /** PAs who do not need it though everyone or their role does, each with the reason in words. */
  excused: { workerId: string; reason: string }[];
}

export const roleCode = (label = 'Job role') =>
  z
    .number({ error: `Choose their ${label.toLowerCase()}` })
    .refine((c) => JOB_ROLE_CODES.includes(c), { error: `Choose their ${label.toLowerCase()}` })
    .meta({ title: label });

export const requirementSchema = z
  .object({
    topicId: topicId(),
    /** One of: a job role, or one PA. */
    roleCode: roleCode().optional(),
    workerId: recordId('PA').optional(),
    required: z.boolean({ error: 'Say whether it is needed' }),
  })
  .strict()
  .refine((r) => (r.roleCode === undefined) !== (r.workerId === undefined), { error: 'Choose a job role or a PA', path: ['roleCode'] });

/** A PA who does not need a topic everyone (or their role) needs: a PA who never drives needs no driving training. */
export const excusalSchema = z
  .object({
    topicId: topicId(),
    workerId: recordId('PA'),
    reason: requiredText('Why they do not need it', 500),
  })
  .strict();

export const paProfileSchema = z
  .object({
    workerId: recordId('PA'),
    roleCode: roleCode().nullable(),
  })
  .strict();

export const trainingRecordSchema = z
  .object({
    id: recordId('Training record').optional(),
    workerId: recordId('PA'),
    topicId: topicId(),
    completedOn: z
      .string({ error: 'Enter the date they completed it' })
      .refine(isRealIsoDate, { error: 'Date completed must be a real date, for example 27 3 2026' })
      .meta({ title: 'Date completed' }),
    provider: optionalText('Who gave the training', 200),
    how: z.enum(HOW_GIVEN, { error: 'Choose how it was given' }).meta({ title: 'How it was given' }),
    hours: decimal('Hours', 0, 1000).default(0),
    /** '' to use the topic's interval. */
    expiresOverride: optionalDate('Expiry date, if not the usual'),
    accredited: z.boolean({ error: 'Say whether it was accredited' }).default(false).meta({ title: 'Accredited' }),
    costPence: pence('Cost').default(0),
    fundingClaimedOn: optionalDate('Date you claimed funding'),
    fundingClaimPence: pence('Funding claimed').default(0),
    fundingPaidOn: optionalDate('Date the funding was paid'),
    /** '' when done with you; else the other employer's name. */
    otherEmployer: optionalText('Other employer it was done with', 200),
    notes: optionalText('Notes', 1000),
  })
  .strict();
export type TrainingRecordInput = z.output<typeof trainingRecordSchema>;

export interface TrainingRecord extends TrainingRecordInput {
  id: string;
  /** The last day it is valid: from the override or the topic's interval; '' never expires. */
  expiresOn: string;
  topicName: string;
  /** Certificates filed with it (document ids). */
  certificateIds: string[];
}

export const STANDARD_STATUSES = ['not-started', 'in-progress', 'competent'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];
export const STANDARD_STATUS_WORDS: Readonly<Record<StandardStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  competent: 'Assessed competent',
};

export const standardSchema = z
  .object({
    workerId: recordId('PA'),
    version: z.enum(['2015', '2025'], { error: 'Choose the version of the Care Certificate' }).meta({ title: 'Version' }),
    standard: wholeNumber('Standard', 1, 16),
    status: z.enum(STANDARD_STATUSES, { error: 'Choose where they are with this standard' }).meta({ title: 'Status' }),
    on: optionalDate('Date'),
    assessor: optionalText('Assessor', 200),
  })
  .strict();
export type StandardInput = z.output<typeof standardSchema>;

export const careCertificateSchema = z
  .object({
    workerId: recordId('PA'),
    version: z.enum(['2015', '2025'], { error: 'Choose the version of the Care Certificate' }).meta({ title: 'Version' }),
    completedOn: optionalDate('Date they completed the Care Certificate'),
  })
  .strict();

export interface CareCertificateProgress {
  version: '2015' | '2025';
  completedOn: string;
  standards: { number: number; title: string; status: StandardStatus; on: string; assessor: string }[];
}

export const qualificationSchema = z
  .object({
    id: recordId('Qualification').optional(),
    workerId: recordId('PA'),
    /** A qualification in reference data, or '' for another one named here. */
    referenceId: optionalText('Qualification', 60),
    name: requiredText('Name of the qualification', 200),
    level: wholeNumber('Level', 1, 8).nullable().default(null),
    /** ASC-WDS qualification code; null when not known. */
    code: wholeNumber('ASC-WDS qualification code', 1, 999).nullable().default(null),
    status: z.enum(QUALIFICATION_STATUSES, { error: 'Choose whether they are working towards it or have achieved it' }).meta({ title: 'Status' }),
    startedOn: optionalDate('Date they started'),
    achievedOn: optionalDate('Date they achieved it'),
  })
  .strict();
export type QualificationInput = z.output<typeof qualificationSchema>;
export type Qualification = QualificationInput & { id: string };

export const planSchema = z
  .object({
    id: recordId('Planned training').optional(),
    workerId: recordId('PA'),
    topicId: topicId(),
    targetOn: z
      .string({ error: 'Enter the date to do it by' })
      .refine(isRealIsoDate, { error: 'Date to do it by must be a real date, for example 27 3 2026' })
      .meta({ title: 'Date to do it by' }),
    note: optionalText('Note', 500),
  })
  .strict();
export type PlanInput = z.output<typeof planSchema>;
export interface PlannedTraining extends PlanInput {
  id: string;
  topicName: string;
}

export const trainingSettingsSchema = z
  .object({
    /** ASC-WDS workplace local ID (LOCALESTID). */
    localEstId: optionalText('ASC-WDS workplace ID', 50),
    dueWithinDays: wholeNumber('Days before expiry to count as due', 1, 365),
  })
  .strict();
export type TrainingSettings = z.output<typeof trainingSettingsSchema>;

/** One PA's training page. */
export interface PaTraining {
  workerId: string;
  roleCode: number | null;
  records: TrainingRecord[];
  /** Every topic they need or hold, with its status. */
  topics: { topicId: string; name: string; status: Status; expiresOn: string; completedOn: string; excusedReason: string }[];
  careCertificate: CareCertificateProgress;
  qualifications: Qualification[];
  plans: PlannedTraining[];
}

export interface MatrixCell {
  status: Status;
  /** The latest training's last valid day ('' never expires or none). */
  expiresOn: string;
  completedOn: string;
}

export interface TrainingMatrix {
  today: string;
  dueWithinDays: number;
  pas: { id: string; name: string; roleCode: number | null }[];
  topics: { id: string; name: string }[];
  /** cells[pa][topic], in the order of pas and topics. */
  cells: MatrixCell[][];
}

export const matrixSchema = z
  .object({
    dueWithinDays: wholeNumber('Days ahead', 1, 365).optional(),
    workerId: recordId('PA').optional(),
    topicId: topicId().optional(),
    status: z.enum(['expired', 'missing', 'due', 'valid', 'not-required'], { error: 'Choose a status' }).optional(),
    /** current: the PAs working for you; all: those who have left and applicants too. */
    show: z.enum(['current', 'all'], { error: 'Choose which PAs to show' }).default('current'),
  })
  .strict();

export interface PlanRow {
  workerId: string;
  workerName: string;
  topicId: string;
  topicName: string;
  /** expired, missing or due: what needs doing; planned when a date is set and nothing is due. */
  status: Status;
  /** When it runs out ('' for missing). */
  expiresOn: string;
  /** The planned date, if planned. */
  plannedId: string;
  targetOn: string;
}

export interface FundingRow {
  recordId: string;
  workerId: string;
  workerName: string;
  topicName: string;
  completedOn: string;
  costPence: number;
  claimedOn: string;
  claimPence: number;
  paidOn: string;
  /** The last day to claim under the scheme ('' when it sets none). */
  claimBy: string;
}

export interface FundingSummary {
  scheme: { name: string; notes: string; source: string };
  claimed: FundingRow[];
  toClaim: FundingRow[];
}

export interface AscWdsProblem {
  workerId: string;
  workerName: string;
  /** The ASC-WDS column. */
  column: string;
  /** The field as Carebook names it. */
  field: string;
  message: string;
  /** Where in Carebook to fix it. */
  to: string;
}

export interface AscWdsCheck {
  problems: AscWdsProblem[];
  workers: number;
  trainingRows: number;
}

export const exportSchema = z
  .object({
    file: z.enum(['worker', 'training'], { error: 'Choose which file' }),
    /** NEW when ASC-WDS does not have these workers yet, else UPDATE. */
    firstUpload: z.boolean().default(false),
  })
  .strict();

export const trainingApi = {
  'training.topics': method(nothing).reads<Topic[]>(),
  'training.saveTopic': method(topicSchema).writes<Topic>(),
  'training.setRequirement': method(requirementSchema).writes<Topic>(),
  'training.excuse': method(excusalSchema).writes<Topic>(),
  /** They need it again, as everyone (or their role) does. */
  'training.endExcusal': method(z.object({ topicId: topicId(), workerId: recordId('PA') }).strict()).writes<Topic>(),
  'training.settings': method(nothing).reads<TrainingSettings>(),
  'training.saveSettings': method(trainingSettingsSchema).writes<TrainingSettings>(),
  'training.get': method(z.object({ workerId: recordId('PA') }).strict()).reads<PaTraining>(),
  'training.setProfile': method(paProfileSchema).writes<{ roleCode: number | null }>(),
  'training.saveRecord': method(trainingRecordSchema).writes<TrainingRecord>(),
  'training.deleteRecord': method(z.object({ id: recordId('Training record') }).strict()).writes<{ deleted: true }>(),
  'training.saveStandard': method(standardSchema).writes<CareCertificateProgress>(),
  'training.setCareCertificate': method(careCertificateSchema).writes<CareCertificateProgress>(),
  'training.saveQualification': method(qualificationSchema).writes<Qualification>(),
  'training.deleteQualification': method(z.object({ id: recordId('Qualification') }).strict()).writes<{ deleted: true }>(),
  'training.savePlan': method(planSchema).writes<PlannedTraining>(),
  'training.deletePlan': method(z.object({ id: recordId('Planned training') }).strict()).writes<{ deleted: true }>(),
  'training.matrix': method(matrixSchema).reads<TrainingMatrix>(),
  'training.matrixCsv': method(matrixSchema).readsFile<{ fileName: string; csv: string }>(),
  'training.matrixPdf': method(matrixSchema).readsFile<{ fileName: string; pdfBase64: string }>(),
  /** Everything expired, missing or due within `days` (90 by default), and everything planned in that time. */
  'training.plan': method(z.object({ days: wholeNumber('Days ahead', 1, 365).default(90) }).strict()).reads<PlanRow[]>(),
  'training.funding': method(nothing).reads<FundingSummary>(),
  'training.ascWdsCheck': method(nothing).reads<AscWdsCheck>(),
  /** The file, checked first: refused with every problem when there are any. */
  'training.ascWdsExport': method(exportSchema).readsFile<{ fileName: string; csv: string }>(),
} as const;

// What the pages need from reference data and the shared rules, through the one door (renderer/src/shared.ts).
export { STATUS_WORDS, statusLabel, TRAINING_STATUSES, type TrainingStatus } from '../training/status.js';
export { JOB_ROLES, jobRoleName, TRAINING_CATEGORIES } from '../reference/training-asc-wds.js';
export { QUALIFICATIONS, QUALIFICATION_STATUSES, type QualificationStatus } from '../reference/training-qualifications.js';
export { careCertificateStandards, CARE_CERTIFICATE_VERSIONS } from '../reference/training-care-certificate.js';
