import { z } from 'zod';
import { decimal, isoDate, optionalDate, optionalText, recordId, requiredText, wholeNumber } from './fields.js';
import { method } from './method.js';

/**
 * The written statement of employment particulars (REFERENCE §1.2). Each save makes a new
 * version that applies from a date; earlier versions are kept. Items the law requires in the
 * principal statement are marked with their number in the Acas list (1–18).
 */

export const PAY_FREQUENCIES = ['weekly', 'fortnightly', 'four-weekly', 'monthly'] as const;
/** `weeks`: 5.6 weeks a year, pro rata to the days worked. `accrual`: 12.07% of hours worked (irregular hours). */
export const HOLIDAY_METHODS = ['weeks', 'accrual'] as const;
export const CONTRACT_KINDS = ['permanent', 'fixed-term'] as const;

export const contractTermsSchema = z
  .object({
    workerId: recordId('PA'),
    /** The date these terms apply from (the start date for the first version). */
    appliesFrom: isoDate('Date these terms start'),
    /** 4: defaults to the start date when empty. */
    continuousEmploymentFrom: optionalDate('Date continuous employment began'),
    /** 5 */
    jobTitle: requiredText('Job title', 100),
    jobDescription: optionalText('What the job involves', 4000),
    /** 7 */
    placeOfWork: requiredText('Where they will work', 500),
    /** 8: pay in pence an hour, how often and when. */
    hourlyRatePence: wholeNumber('Hourly rate', 1, 100_000),
    payFrequency: z.enum(PAY_FREQUENCIES, { error: 'Choose how often they are paid' }).meta({ title: 'How often they are paid' }),
    payDay: requiredText('When they are paid', 200),
    /** 9: 0 for irregular or zero hours. */
    hoursPerWeek: decimal('Hours a week', 0, 100),
    workingPattern: requiredText('Which days and times they work', 1000),
    hoursCanChange: optionalText('How hours or days can change', 1000),
    /** 10 */
    holidayMethod: z.enum(HOLIDAY_METHODS, { error: 'Choose how holiday is worked out' }).meta({ title: 'How holiday is worked out' }),
    /** Days worked a week, for the `weeks` method (5.6 × days, capped). */
    daysPerWeek: decimal('Days worked a week', 0, 7),
    holidayYearStarts: requiredText('When the holiday year starts', 100),
    holidayExtra: optionalText('Holiday rules (booking, bank holidays, pay on leaving)', 2000),
    /** 11, 12, 13 */
    sickPay: requiredText('Sick leave and sick pay', 2000),
    otherPaidLeave: optionalText('Other paid leave', 2000),
    otherBenefits: optionalText('Other benefits', 2000),
    /** 14: weeks of notice in the contract; the statutory minimum applies when it is more. */
    employerNoticeWeeks: wholeNumber('Notice you give', 0, 52),
    workerNoticeWeeks: wholeNumber('Notice they give', 0, 52),
    /** 15 */
    kind: z.enum(CONTRACT_KINDS, { error: 'Choose whether the job is permanent or fixed-term' }).meta({ title: 'Permanent or fixed-term' }),
    endsOn: optionalDate('Date the job ends'),
    /** 16: 0 for no probation. */
    probationMonths: wholeNumber('Probation length', 0, 12),
    probationConditions: optionalText('Probation conditions', 2000),
    /** 17, 18 */
    workAbroad: requiredText('Work outside the UK', 1000),
    requiredTraining: requiredText('Training they must do', 2000),
    /** May follow within 2 months, but most employers put them in now. */
    pension: optionalText('Pension', 2000),
    disciplinaryAndGrievance: optionalText('Disciplinary and grievance', 2000),
    /** For a change: what changed, in a sentence. */
    changeSummary: optionalText('What changed', 1000),
  })
  .strict()
  .refine((t) => t.kind === 'permanent' || t.endsOn !== '', { error: 'Enter the date the job ends', path: ['endsOn'] })
  .refine((t) => t.endsOn === '' || t.endsOn > t.appliesFrom, {
    error: 'The date the job ends must be after the date these terms start',
    path: ['endsOn'],
  });
export type ContractTerms = z.output<typeof contractTermsSchema>;

export interface ContractVersion extends ContractTerms {
  id: string;
  /** 1 for the first statement, then 2, 3… */
  version: number;
  /** '' until recorded: the day the statement was handed over. */
  issuedOn: string;
  /** '' until recorded: the day the PA agreed to a change (versions after the first). */
  agreedOn: string;
  createdAt: string;
}

/** What the rules say about the current terms, shown beside them. */
export interface ContractFacts {
  /** Complete months and years of service on today's date. */
  service: { years: number; months: number };
  statutoryEmployerNoticeWeeks: number;
  statutoryWorkerNoticeWeeks: number;
  /** The notice that actually applies: the longer of contract and statute. */
  employerNoticeWeeks: number;
  workerNoticeWeeks: number;
  probationEndsOn: string;
  /** The last day the first statement could lawfully be given. */
  statementDueBy: string;
  /** Issued after the deadline (or not issued and the deadline has passed). */
  statementLate: boolean;
  /** Days of holiday a year, for the `weeks` method; null for accrual. */
  holidayDaysPerYear: number | null;
  /** Percent of hours worked, for accrual. */
  holidayAccrualPercent: number | null;
}

export interface WorkerContract {
  /** The version that applies today (or the newest one if none applies yet). */
  current: ContractVersion | null;
  /** Newest first. */
  versions: ContractVersion[];
  facts: ContractFacts | null;
}

const versionId = z.object({ versionId: recordId('Contract version') }).strict();

export const contractsApi = {
  'contracts.get': method(z.object({ workerId: recordId('PA') }).strict()).reads<WorkerContract>(),
  /** A new version: the first statement, or a change that applies from `appliesFrom`. */
  'contracts.save': method(contractTermsSchema).writes<ContractVersion>(),
  'contracts.recordIssued': method(versionId.extend({ issuedOn: isoDate('Date you gave them the statement') })).writes<ContractVersion>(),
  'contracts.recordAgreement': method(versionId.extend({ agreedOn: isoDate('Date they agreed to the change') })).writes<ContractVersion>(),
  /** The statement as a PDF, base64, with a file name to save it under. */
  'contracts.statement': method(versionId).readsFile<{ fileName: string; pdfBase64: string }>(),
} as const;
