import { z } from 'zod';
import { CWP_VALUE_IDS, type CwpValueId } from '../reference/care-workforce-pathway.js';
import { isoDate, optionalDate, optionalText, recordId, requiredText } from './fields.js';
import { method } from './method.js';

/** Safe-recruitment checks: right to work, DBS, references and the interview (REFERENCE §1.3–1.5, §4.1). */

export const RTW_METHODS = ['documents', 'online', 'digital-id'] as const;
export type RightToWorkMethod = (typeof RTW_METHODS)[number];
export const PERMISSIONS = ['unlimited', 'time-limited'] as const;

export const rightToWorkSchema = z
  .object({
    /** Absent to add a new check; present to correct one. */
    id: recordId('Check').optional(),
    workerId: recordId('PA'),
    checkedOn: isoDate('Date of the check'),
    method: z.enum(RTW_METHODS, { error: 'Choose how you checked' }).meta({ title: 'How you checked' }),
    /** Which documents were seen, or the share code used. */
    evidence: optionalText('Documents seen or share code', 500),
    permission: z.enum(PERMISSIONS, { error: 'Choose whether their permission to work is time-limited' }).meta({ title: 'Permission to work' }),
    /** Required when permission is time-limited. */
    permissionEndsOn: optionalDate('Date their permission ends'),
    notes: optionalText('Notes', 2000),
  })
  .strict()
  .refine((c) => c.permission === 'unlimited' || c.permissionEndsOn !== '', {
    error: 'Enter the date their permission to work ends',
    path: ['permissionEndsOn'],
  });
export type RightToWorkInput = z.output<typeof rightToWorkSchema>;
export interface RightToWorkCheck extends Omit<RightToWorkInput, 'id'> {
  id: string;
  /** When a follow-up check is due (time-limited permission only), from the rules. */
  followUpDueOn: string;
}

export const DBS_LEVELS = ['basic', 'standard', 'enhanced'] as const;
export const dbsSchema = z
  .object({
    id: recordId('Check').optional(),
    workerId: recordId('PA'),
    level: z.enum(DBS_LEVELS, { error: 'Choose the level of the DBS check' }).meta({ title: 'Level of the check' }),
    adultsBarredList: z.boolean({ error: 'Say whether the adults’ barred list was checked' }).meta({ title: 'Adults’ barred list checked' }),
    childrenBarredList: z.boolean({ error: 'Say whether the children’s barred list was checked' }).meta({ title: 'Children’s barred list checked' }),
    certificateNumber: optionalText('Certificate number', 20),
    issuedOn: isoDate('Date the certificate was issued'),
    /** '' when they have not joined the Update Service. */
    updateServiceJoinedOn: optionalDate('Date they joined the Update Service'),
    /** The PA agreed to the employer doing online status checks. */
    statusCheckConsent: z.boolean({ error: 'Say whether they agreed to status checks' }).meta({ title: 'Agreed to status checks' }).default(false),
    /** Anything disclosed, and the risk assessment made about it. */
    disclosureNote: optionalText('What was disclosed and what you decided', 2000),
  })
  .strict();
export type DbsInput = z.output<typeof dbsSchema>;
export interface DbsCheck extends Omit<DbsInput, 'id'> {
  id: string;
  /** The last day to join the Update Service with this certificate. */
  joinUpdateServiceBy: string;
  statusChecks: DbsStatusCheck[];
}

export const dbsStatusCheckSchema = z
  .object({
    dbsCheckId: recordId('DBS check'),
    checkedOn: isoDate('Date of the status check'),
    result: z.enum(['no-change', 'changed'], { error: 'Choose what the status check said' }).meta({ title: 'What the status check said' }),
    note: optionalText('Note', 1000),
  })
  .strict();
export interface DbsStatusCheck {
  id: string;
  checkedOn: string;
  result: 'no-change' | 'changed';
  note: string;
}

export const REFERENCE_OUTCOMES = ['waiting', 'satisfactory', 'not-satisfactory'] as const;
export const referenceSchema = z
  .object({
    id: recordId('Reference').optional(),
    workerId: recordId('PA'),
    refereeName: requiredText('Name of the referee', 200),
    relationship: optionalText('How they know the PA', 200),
    contact: optionalText('Referee’s phone or email', 200),
    requestedOn: optionalDate('Date you asked for the reference'),
    receivedOn: optionalDate('Date you received it'),
    outcome: z.enum(REFERENCE_OUTCOMES, { error: 'Choose whether the reference was satisfactory' }).meta({ title: 'Outcome' }),
    notes: optionalText('Notes', 2000),
  })
  .strict();
export type ReferenceInput = z.output<typeof referenceSchema>;
export type Reference = Omit<ReferenceInput, 'id'> & { id: string };

export const INTERVIEW_OUTCOMES = ['offer', 'no-offer', 'undecided'] as const;
export const interviewSchema = z
  .object({
    id: recordId('Interview').optional(),
    workerId: recordId('PA'),
    heldOn: isoDate('Date of the interview'),
    interviewers: optionalText('Who interviewed', 300),
    /** One answer per Care Workforce Pathway value asked about; the question may be reworded. */
    answers: z
      .array(
        z
          .object({
            value: z.enum(CWP_VALUE_IDS, { error: 'Choose a value' }),
            question: optionalText('Question', 500),
            notes: optionalText('What they said', 4000),
          })
          .strict(),
      )
      .max(CWP_VALUE_IDS.length),
    outcome: z.enum(INTERVIEW_OUTCOMES, { error: 'Choose the outcome' }).meta({ title: 'Outcome' }),
    notes: optionalText('Other notes', 4000),
  })
  .strict();
export type InterviewInput = z.output<typeof interviewSchema>;
export type Interview = Omit<InterviewInput, 'id'> & { id: string };
export type { CwpValueId };

export interface WorkerChecks {
  rightToWork: RightToWorkCheck[];
  dbs: DbsCheck[];
  references: Reference[];
  interviews: Interview[];
}

export const CHECK_KINDS = ['right-to-work', 'dbs', 'reference', 'interview', 'dbs-status'] as const;

export const checksApi = {
  /** Every check for one PA, newest first in each kind. */
  'checks.get': method(z.object({ workerId: recordId('PA') }).strict()).reads<WorkerChecks>(),
  'checks.saveRightToWork': method(rightToWorkSchema).writes<RightToWorkCheck>(),
  'checks.saveDbs': method(dbsSchema).writes<DbsCheck>(),
  'checks.addDbsStatusCheck': method(dbsStatusCheckSchema).writes<DbsCheck>(),
  'checks.saveReference': method(referenceSchema).writes<Reference>(),
  'checks.saveInterview': method(interviewSchema).writes<Interview>(),
  /** Remove one check entered by mistake (with its linked documents). */
  'checks.delete': method(
    z.object({ kind: z.enum(CHECK_KINDS, { error: 'Choose a kind of check' }), id: recordId('Check') }).strict(),
  ).writes<{ deleted: true }>(),
} as const;
