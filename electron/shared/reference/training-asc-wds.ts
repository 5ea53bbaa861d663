/**
 * The Adult Social Care Workforce Data Set (ASC-WDS): its training categories, the job-role and
 * answer codes Carebook writes, and the exact header rows of the bulk-upload worker and training
 * files (REFERENCE §6.2, §6.4, §6.5, from the ASC-WDS source code [58][75], commit b6857156,
 * 21 Aug 2026). Only codes REFERENCE confirms are here.
 */

export const ASC_WDS_SOURCE = 'REFERENCE §6 [58][75], ASC-WDS source code @ b6857156 (21 Aug 2026)';

/** Training categories with their bulk-upload CATEGORY code (REFERENCE §6.2; codes 3, 4 and 24 are unused). */
export const TRAINING_CATEGORIES: Readonly<Record<number, string>> = {
  1: 'Control and restraint',
  2: 'Dementia care',
  5: 'Emergency aid awareness',
  6: 'Fire safety',
  7: 'Basic life support and first aid',
  8: 'Food hygiene',
  9: 'Health and safety awareness',
  10: 'Infection prevention and control',
  11: 'Leadership and management',
  12: 'Learning disability',
  13: 'Medication management',
  14: 'Mental capacity and liberty safeguards',
  15: 'Assisting and moving people',
  16: 'Nutrition and hydration',
  17: 'Palliative, end of life care',
  18: 'Physical disability',
  19: 'Positive behaviour support and non-restrictive practice',
  20: 'Safeguarding adults',
  21: 'Other',
  22: 'Dignity, respect, person-centered care',
  23: 'Equality and diversity',
  25: "Children's, young people's related training",
  26: 'Data management and GDPR',
  27: 'Epilepsy',
  28: 'Communication',
  29: 'Diabetes',
  30: 'COSHH',
  31: 'Mental health',
  32: 'Autism',
  33: 'Continence care',
  34: 'Duty of care',
  35: 'Supervision, performance management',
  36: 'Stroke',
  37: 'Complaints handling, conflict resolution',
  38: 'Personal care',
  39: 'Activity provision, wellbeing',
  40: 'Sensory disability',
  41: 'Oliver McGowan Mandatory Training (elearning)',
  42: 'Oliver McGowan Mandatory Training (Tier 1)',
  43: 'Oliver McGowan Mandatory Training (Tier 2)',
  44: 'Oral health',
  45: 'Moving and handling objects',
  46: 'Assisted digital and accessibility',
  47: 'Digital leadership skills',
  48: 'In-house systems and applications',
  49: 'Online safety and security',
  50: 'Social media and communications',
  51: 'Working with digital technology',
};

export const TRAINING_CATEGORY_CODES = Object.keys(TRAINING_CATEGORIES).map(Number);

/**
 * Main job roles (bulk-upload MAINJOBROLE). REFERENCE §6.4 checked the bulk-upload mapping for
 * these main roles only, so these are the ones a PA's role can be.
 */
export const JOB_ROLES: readonly { code: number; name: string }[] = [
  { code: 8, name: 'Care worker' },
  { code: 52, name: 'Support worker' },
  { code: 7, name: 'Senior care worker' },
  { code: 45, name: 'Team leader' },
  { code: 5, name: 'Supervisor' },
  { code: 40, name: 'Care co-ordinator' },
  { code: 43, name: 'Deputy manager' },
  { code: 4, name: 'Registered manager' },
  { code: 16, name: 'Registered nurse' },
  { code: 25, name: 'Administrative' },
];
export const JOB_ROLE_CODES = JOB_ROLES.map((r) => r.code);
export const jobRoleName = (code: number): string => JOB_ROLES.find((r) => r.code === code)?.name ?? `Job role ${code}`;

/**
 * The worker file's header row (REFERENCE §6.4, workerHeaders.js): the columns in this exact
 * order. The optional CHGUNIQUEWRKID and TRANSFERSTAFFRECORD are left out (Carebook never
 * changes an ID or moves a worker); qualification pairs after 03 are numbered from 04 upwards.
 */
export const WORKER_HEADERS = [
  'LOCALESTID', 'UNIQUEWORKERID', 'STATUS', 'DISPLAYID', 'NINUMBER', 'POSTCODE', 'DOB', 'GENDER', 'ETHNICITY',
  'NATIONALITY', 'BRITISHCITIZENSHIP', 'COUNTRYOFBIRTH', 'YEAROFENTRY', 'DISABLED', 'CARECERT', 'L2CARECERT',
  'RECSOURCE', 'HANDCVISA', 'INOUTUK', 'STARTDATE', 'STARTINSECT', 'DHA', 'APPRENTICE', 'EMPLSTATUS', 'ZEROHRCONT',
  'DAYSSICK', 'SALARYINT', 'SALARY', 'HOURLYRATE', 'MAINJOBROLE', 'MAINJRDESC', 'CONTHOURS', 'AVGHOURS', 'NMCREG',
  'AMHP', 'SCQUAL', 'NONSCQUAL', 'CWPCATEGORY', 'QUALACH01', 'QUALACH01NOTES', 'QUALACH02', 'QUALACH02NOTES',
  'QUALACH03', 'QUALACH03NOTES',
] as const;
export type WorkerColumn = (typeof WORKER_HEADERS)[number];

/** The extra pair of columns for the nth qualification (n from 4). */
export const extraQualificationHeaders = (n: number): [string, string] => {
  const nn = String(n).padStart(2, '0');
  return [`QUALACH${nn}`, `QUALACH${nn}NOTES`];
};

/**
 * The training file's header row (REFERENCE §6.5, trainingHeaders.js). ASC-WDS compares the
 * whole header string for equality, so it is written exactly like this, never the 8-column
 * format retired in November 2025.
 */
export const TRAINING_HEADERS = [
  'LOCALESTID', 'UNIQUEWORKERID', 'CATEGORY', 'TRAININGNAME', 'ACCREDITED', 'WHODELIVERED', 'PROVIDERNAME',
  'HOWDELIVERED', 'VALIDITY', 'DATECOMPLETED', 'EXPIRYDATE', 'NOTES',
] as const;
export type TrainingColumn = (typeof TRAINING_HEADERS)[number];

/** Answer codes (REFERENCE §6.4, §6.5). */
export const ASC_WDS_CODES = {
  /** STATUS: a worker ASC-WDS has not seen yet, or one it has. */
  status: { new: 'NEW', update: 'UPDATE' },
  /** CARECERT: 1 Yes completed, 2 No, 3 Yes in progress or partially completed. */
  careCert: { completed: 1, no: 2, inProgress: 3 },
  /** L2CARECERT `value;year`: 1 Yes completed (year 2024 or later), 2 Yes started, 3 No. */
  l2CareCert: { completed: 1, started: 2, no: 3, firstYear: 2024 },
  /** ACCREDITED: 1 Yes, 0 No, 999 Don't know. */
  accredited: { yes: 1, no: 0, unknown: 999 },
  /** WHODELIVERED: 1 In-house staff, 2 External provider. */
  whoDelivered: { inHouse: 1, external: 2 },
  /** HOWDELIVERED: 1 Face to face, 2 E-learning. */
  howDelivered: { faceToFace: 1, eLearning: 2 },
  /** VALIDITY: "none" or months 1–999; expiry = completed + months − 1 day. */
  validity: { none: 'none', maxMonths: 999 },
  /** Field lengths the validator allows. */
  maxLength: { id: 50, trainingName: 120, notes: 1000, qualificationNotes: 120 },
  /** DOB: age 14 to 100. */
  age: { min: 14, max: 100 },
} as const;
