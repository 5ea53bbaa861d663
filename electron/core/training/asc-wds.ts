import type { AscWdsProblem, HowGiven, Qualification, Topic } from '../../shared/api/index.js';
import { ageOn } from '../../shared/people/age.js';
import {
  ASC_WDS_CODES as C,
  TRAINING_CATEGORIES,
  TRAINING_HEADERS,
  WORKER_HEADERS,
  extraQualificationHeaders,
  JOB_ROLE_CODES,
} from '../../shared/reference/training-asc-wds.js';
import { findQualification } from '../../shared/reference/training-qualifications.js';
import { HOW_GIVEN_WORDS } from '../../shared/api/index.js';
import { expiresOn } from '../../shared/training/status.js';
import type { CsvCell } from '../csv/write-csv.js';

/**
 * The ASC-WDS bulk-upload files (REFERENCE §6.4, §6.5): the worker file with the fields
 * Carebook holds, and the training file, in exactly the specification's header order, and the
 * checks ASC-WDS's own validator makes on those fields, run before any file is made. Pure: the
 * handler reads the book.
 */

export interface ExportPa {
  id: string;
  fullName: string;
  niNumber: string;
  postcode: string;
  dateOfBirth: string;
  startDate: string;
  roleCode: number | null;
  careCertCompletedOn: string;
  careCertStarted: boolean;
  qualifications: Qualification[];
}

export interface ExportRecord {
  id: string;
  workerId: string;
  topicId: string;
  completedOn: string;
  expiresOverride: string;
  accredited: boolean;
  provider: string;
  how: HowGiven;
  otherEmployer: string;
  notes: string;
}

/** DD/MM/YYYY, as ASC-WDS reads dates. */
export const ascDate = (iso: string) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

const achieved = (qs: readonly Qualification[]) => qs.filter((q) => q.status === 'achieved');
const l2Certificate = (qs: readonly Qualification[]) => qs.find((q) => q.referenceId === 'l2-asc-certificate' || q.code === 158);

function l2CareCert(qs: readonly Qualification[]): string {
  const l2 = l2Certificate(qs);
  if (!l2) return String(C.l2CareCert.no);
  if (l2.status === 'achieved') return `${C.l2CareCert.completed};${l2.achievedOn.slice(0, 4)}`;
  return String(C.l2CareCert.started);
}

function qualificationHeld(qs: readonly Qualification[], socialCare: boolean): string {
  const held = achieved(qs).filter((q) => (findQualification(q.referenceId)?.socialCare ?? socialCare) === socialCare && q.level !== null);
  if (held.length === 0) return '';
  return `1;${Math.max(...held.map((q) => q.level!))}`;
}

/** Every problem that would stop ASC-WDS taking the files, naming the PA and the field, with where to fix it. */
export function exportProblems(localEstId: string, pas: readonly ExportPa[], today: string): AscWdsProblem[] {
  const problems: AscWdsProblem[] = [];
  if (localEstId === '') {
    problems.push({
      workerId: '',
      workerName: '',
      column: 'LOCALESTID',
      field: 'ASC-WDS workplace ID',
      message: 'Enter your workplace ID from ASC-WDS',
      to: '/training/settings',
    });
  }
  for (const pa of pas) {
    const say = (column: string, field: string, message: string, to: string) =>
      problems.push({ workerId: pa.id, workerName: pa.fullName, column, field, message, to });
    const details = `/pas/${pa.id}/edit`;
    if (pa.fullName.length > C.maxLength.id) say('DISPLAYID', 'Full name', `The name must be ${C.maxLength.id} characters or fewer for ASC-WDS`, details);
    if (pa.dateOfBirth === '') say('DOB', 'Date of birth', 'Enter their date of birth', details);
    else {
      const age = ageOn(pa.dateOfBirth, today);
      if (age === null || age < C.age.min || age > C.age.max) say('DOB', 'Date of birth', `ASC-WDS takes ages ${C.age.min} to ${C.age.max}. Check their date of birth`, details);
    }
    if (pa.startDate === '') say('STARTDATE', 'Start date', 'Enter the date they started working for you', details);
    if (pa.roleCode === null || !JOB_ROLE_CODES.includes(pa.roleCode)) {
      say('MAINJOBROLE', 'Job role', 'Choose their job role for ASC-WDS', `/pas/${pa.id}/training/role`);
    }
    const l2 = l2Certificate(pa.qualifications);
    if (l2?.status === 'achieved' && Number(l2.achievedOn.slice(0, 4)) < C.l2CareCert.firstYear) {
      say('L2CARECERT', 'Date they achieved it', `The Level 2 Adult Social Care Certificate has been available since 2024. Check the date`, `/pas/${pa.id}/training/qualifications/${l2.id}`);
    }
    for (const q of achieved(pa.qualifications)) {
      if (q.code === null) {
        say('QUALACH', `ASC-WDS qualification code for ${q.name}`, `Enter the ASC-WDS code for ${q.name}`, `/pas/${pa.id}/training/qualifications/${q.id}`);
      }
    }
  }
  return problems;
}

/** The worker file: its header row (with a pair of columns for each qualification past the third) and a row per PA. */
export function workerFile(localEstId: string, pas: readonly ExportPa[], firstUpload: boolean): { header: string[]; rows: CsvCell[][] } {
  const most = Math.max(3, ...pas.map((p) => achieved(p.qualifications).length));
  const header: string[] = [...WORKER_HEADERS];
  for (let n = 4; n <= most; n++) header.push(...extraQualificationHeaders(n));
  const rows = pas.map((pa) => {
    const cell: Record<string, CsvCell> = {
      LOCALESTID: localEstId,
      UNIQUEWORKERID: pa.id,
      STATUS: firstUpload ? C.status.new : C.status.update,
      DISPLAYID: pa.fullName,
      NINUMBER: pa.niNumber,
      POSTCODE: pa.postcode.toUpperCase(),
      DOB: ascDate(pa.dateOfBirth),
      CARECERT: pa.careCertCompletedOn ? C.careCert.completed : pa.careCertStarted ? C.careCert.inProgress : C.careCert.no,
      L2CARECERT: l2CareCert(pa.qualifications),
      STARTDATE: ascDate(pa.startDate),
      MAINJOBROLE: pa.roleCode ?? '',
      SCQUAL: qualificationHeld(pa.qualifications, true),
      NONSCQUAL: qualificationHeld(pa.qualifications, false),
    };
    achieved(pa.qualifications).forEach((q, i) => {
      const nn = String(i + 1).padStart(2, '0');
      cell[`QUALACH${nn}`] = `${q.code ?? ''};${q.achievedOn.slice(0, 4)}`;
      cell[`QUALACH${nn}NOTES`] = q.name.slice(0, C.maxLength.qualificationNotes);
    });
    return header.map((h) => cell[h] ?? '');
  });
  return { header, rows };
}

/** In-house unless an outside provider gave it face to face or online. */
function whoDelivered(r: ExportRecord): number {
  return r.provider !== '' && (r.how === 'face-to-face' || r.how === 'e-learning') ? C.whoDelivered.external : C.whoDelivered.inHouse;
}

/** The training file: the exact header row and a row per training record. */
export function trainingFile(localEstId: string, records: readonly ExportRecord[], topics: ReadonlyMap<string, Topic>): { header: string[]; rows: CsvCell[][] } {
  const rows = records.flatMap((r) => {
    const topic = topics.get(r.topicId);
    if (!topic || TRAINING_CATEGORIES[topic.category] === undefined) return [];
    const expiry = expiresOn(r.completedOn, topic.intervalMonths, r.expiresOverride);
    // VALIDITY and EXPIRYDATE must agree (completed + months − 1 day); an override is sent as its date alone.
    const validity = r.expiresOverride ? '' : topic.intervalMonths === null ? C.validity.none : topic.intervalMonths;
    const notes = [HOW_GIVEN_WORDS[r.how], r.provider && `given by ${r.provider}`, r.otherEmployer && `done with ${r.otherEmployer}`, r.notes]
      .filter(Boolean)
      .join('. ')
      .slice(0, C.maxLength.notes);
    return [
      [
        localEstId,
        r.workerId,
        topic.category,
        topic.name.slice(0, C.maxLength.trainingName),
        r.accredited ? C.accredited.yes : C.accredited.no,
        whoDelivered(r),
        '',
        r.how === 'e-learning' ? C.howDelivered.eLearning : C.howDelivered.faceToFace,
        validity,
        ascDate(r.completedOn),
        ascDate(expiry),
        notes,
      ] satisfies CsvCell[],
    ];
  });
  return { header: [...TRAINING_HEADERS], rows };
}
