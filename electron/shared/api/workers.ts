import { z } from 'zod';
import { isNiNumber, normaliseNiNumber } from '../people/ni-number.js';
import { emailField, isoDate, optionalDate, optionalText, postcodeField, recordId, requiredText } from './fields.js';
import { method } from './method.js';

/** applicant → active → left. An applicant who never started is marked left too, with a reason. */
export const WORKER_STATUSES = ['applicant', 'active', 'left'] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

const niNumber = optionalText('National Insurance number', 20)
  .refine((v) => v === '' || isNiNumber(v), {
    error: 'National Insurance number must be 2 letters, 6 numbers and sometimes a final letter, like QQ 12 34 56 C',
  })
  .transform(normaliseNiNumber);

/** Everything about a PA themselves (not their checks, contract or documents). */
export const workerDetailsSchema = z
  .object({
    fullName: requiredText('Full name', 200),
    preferredName: optionalText('Preferred name', 100),
    pronouns: optionalText('Pronouns', 40),
    dateOfBirth: optionalDate('Date of birth', '27 3 1990'),
    niNumber,
    phone: optionalText('Phone number', 40),
    email: emailField(),
    addressLine1: optionalText('Address line 1', 200),
    addressLine2: optionalText('Address line 2', 200),
    town: optionalText('Town or city', 100),
    postcode: postcodeField(),
    emergencyName: optionalText('Emergency contact name', 200),
    emergencyRelationship: optionalText('Emergency contact relationship', 100),
    emergencyPhone: optionalText('Emergency contact phone number', 40),
    jobTitle: optionalText('Job title', 100),
    startDate: optionalDate('Start date'),
  })
  .strict();
export type WorkerDetails = z.output<typeof workerDetailsSchema>;

export interface Worker extends WorkerDetails {
  id: string;
  status: WorkerStatus;
  /** '' unless status is left. */
  leftOn: string;
  leftReason: string;
  createdAt: string;
  updatedAt: string;
}

/** One row of the PA list. */
export interface WorkerSummary {
  id: string;
  fullName: string;
  preferredName: string;
  jobTitle: string;
  status: WorkerStatus;
  startDate: string;
  leftOn: string;
}

export const workerListSchema = z
  .object({
    /** Matches any part of the full or preferred name, ignoring case. */
    search: optionalText('Search', 100),
    show: z.enum(['current', 'left', 'all'], { error: 'Choose which PAs to show' }).default('current'),
  })
  .strict();

const idInput = z.object({ id: recordId('PA') }).strict();

export const statusChangeSchema = z.discriminatedUnion(
  'status',
  [
    z.object({ id: recordId('PA'), status: z.literal('applicant') }).strict(),
    z.object({ id: recordId('PA'), status: z.literal('active'), startDate: isoDate('Start date') }).strict(),
    z
      .object({
        id: recordId('PA'),
        status: z.literal('left'),
        leftOn: isoDate('Date they left'),
        leftReason: requiredText('Why they left', 500),
      })
      .strict(),
  ],
  { error: 'Choose whether they are applying, working for you, or have left' },
);

/** The most a pasted or chosen spreadsheet may be: 2 MB of text is thousands of rows. */
export const MAX_IMPORT_CHARS = 2_000_000;
const csvInput = z
  .object({
    csv: z
      .string({ error: 'Choose a CSV file' })
      .min(1, { error: 'The file is empty. Choose a CSV file with a row for each PA' })
      .max(MAX_IMPORT_CHARS, { error: 'The file is too big. Split it into files of fewer than 5,000 rows' }),
  })
  .strict();

export interface ImportRow {
  /** The row's line number in the file (the header is line 1). */
  line: number;
  fullName: string;
  dateOfBirth: string;
  startDate: string;
  status: WorkerStatus;
  /** Field label → what is wrong, in plain English. Empty when the row can be imported. */
  errors: { field: string; message: string }[];
}

export interface ImportPreview {
  rows: ImportRow[];
  /** Header names Carebook understood, and those it will ignore. */
  columns: { recognised: string[]; ignored: string[] };
  okCount: number;
  errorCount: number;
}

export const workersApi = {
  'workers.list': method(workerListSchema).reads<WorkerSummary[]>(),
  'workers.get': method(idInput).reads<Worker>(),
  'workers.create': method(
    workerDetailsSchema
      .extend({
        status: z.enum(['applicant', 'active'], { error: 'Choose whether they are applying or already work for you' }),
      })
      .refine((w) => w.status !== 'active' || w.startDate !== '', {
        error: 'Enter the date they started working for you',
        path: ['startDate'],
      }),
  ).writes<Worker>(),
  'workers.update': method(workerDetailsSchema.extend({ id: recordId('PA') })).writes<Worker>(),
  'workers.setStatus': method(statusChangeSchema).writes<Worker>(),
  /** Read a CSV and say what would be imported; writes nothing. */
  'workers.importPreview': method(csvInput).reads<ImportPreview>(),
  /** Import the rows of the CSV that have no problems, all in one transaction. */
  'workers.import': method(csvInput).writes<{ imported: number; skipped: number }>(),
  /** Delete the PA and every record about them. `confirmName` must be their full name. */
  'workers.delete': method(
    z.object({ id: recordId('PA'), confirmName: requiredText('Their full name', 200) }).strict(),
  ).writes<{ deleted: true }>(),
} as const;
