import {
  isRealIsoDate,
  workerDetailsSchema,
  type ImportRow,
  type WorkerDetails,
  type WorkerStatus,
} from '../../shared/api/index.js';
import { normaliseNiNumber } from '../../shared/people/ni-number.js';
import { normaliseName } from '../../shared/people/names.js';
import { readCsvRows as readRows } from '../csv/read-csv.js';
import { CoreError } from '../errors.js';
import { detailsProblems } from './rules.js';

/**
 * Reading a spreadsheet of PAs (CSV, as Excel, LibreOffice or Google Sheets save it). Pure:
 * the caller passes the PAs already in the book and today's date. Every row goes through the
 * same workerDetailsSchema as the form, so a row is refused for exactly what the form refuses.
 */

type DetailField = keyof WorkerDetails;
type Column = DetailField | 'status' | 'firstName' | 'lastName';

/** More rows than this is not one employer's PAs; the file is probably the wrong one. */
export const MAX_IMPORT_ROWS = 5_000;

/** The field labels, as the form and the schema's messages name them. */
export const FIELD_LABELS: Record<DetailField | 'status', string> = {
  fullName: 'Full name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  niNumber: 'National Insurance number',
  phone: 'Phone number',
  email: 'Email address',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  town: 'Town or city',
  postcode: 'Postcode',
  emergencyName: 'Emergency contact name',
  emergencyRelationship: 'Emergency contact relationship',
  emergencyPhone: 'Emergency contact phone number',
  jobTitle: 'Job title',
  startDate: 'Start date',
  status: 'Status',
};

/** Headings people use for each field, compared with case, spaces and punctuation removed. */
const HEADINGS: Record<Column, string[]> = {
  fullName: ['name', 'fullname', 'fullnames', 'paname', 'workername', 'employeename', 'staffname', 'personname'],
  firstName: ['firstname', 'forename', 'forenames', 'givenname'],
  lastName: ['lastname', 'surname', 'familyname'],
  preferredName: ['preferredname', 'knownas', 'nickname'],
  pronouns: ['pronouns', 'pronoun'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'birthday'],
  niNumber: ['ninumber', 'nino', 'ni', 'nationalinsurancenumber', 'nationalinsuranceno', 'nationalinsurance', 'nationalinsurancenum'],
  phone: ['phone', 'phonenumber', 'telephone', 'telephonenumber', 'tel', 'mobile', 'mobilenumber', 'mobilephone'],
  email: ['email', 'emailaddress', 'email1'],
  addressLine1: ['addressline1', 'address1', 'address', 'street', 'streetaddress'],
  addressLine2: ['addressline2', 'address2'],
  town: ['town', 'city', 'towncity', 'townorcity'],
  postcode: ['postcode', 'postalcode'],
  startDate: ['startdate', 'datestarted', 'started', 'start', 'employmentstartdate', 'startedon'],
  jobTitle: ['jobtitle', 'role', 'job', 'position', 'jobrole'],
  status: ['status'],
  emergencyName: ['emergencycontactname', 'emergencycontact', 'emergencyname', 'nextofkin', 'nextofkinname'],
  emergencyRelationship: ['emergencycontactrelationship', 'emergencyrelationship', 'nextofkinrelationship'],
  emergencyPhone: [
    'emergencycontactphone',
    'emergencycontactphonenumber',
    'emergencycontactnumber',
    'emergencyphone',
    'emergencyphonenumber',
    'nextofkinphone',
    'nextofkinphonenumber',
  ],
};

const HEADING_TO_COLUMN = new Map<string, Column>(
  (Object.entries(HEADINGS) as [Column, string[]][]).flatMap(([column, names]) => names.map((n) => [n, column] as const)),
);

/** "Date of birth (DD/MM/YYYY)" and "D.O.B." both become a key; brackets are notes, not the name. */
export function headingKey(heading: string): string {
  return heading
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function columnFor(heading: string): Column | undefined {
  return HEADING_TO_COLUMN.get(headingKey(heading));
}

/**
 * A date as typed in a UK spreadsheet: DD/MM/YYYY or D/M/YYYY (also with - or .), or
 * YYYY-MM-DD (with a time after it, as some exports add). Day first, always: 03/04/2020 is
 * 3 April. Returns '' for an empty cell and null for anything else, so the row says what to fix.
 */
export function parseUkDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  let y: string, m: string, d: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else if (uk) [, d, m, y] = uk as unknown as [string, string, string, string];
  else return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealIsoDate(date) ? date : null;
}

/**
 * The Status cell: empty means working for you if they have started (a start date on or before
 * today), else applying (with a start date still to come, they are due to start).
 */
export function parseStatus(text: string, startDate: string, today: string): 'applicant' | 'active' | null {
  const value = text.trim().toLowerCase();
  if (value === '') return startDate && startDate <= today ? 'active' : 'applicant';
  if (['active', 'working', 'yes', 'y', 'current', 'employed', 'works for you'].includes(value)) return 'active';
  if (['applicant', 'applying', 'candidate'].includes(value)) return 'applicant';
  return null;
}

/** What identifies a PA already in the book, for spotting the same person twice. */
export interface Identity {
  fullName: string;
  dateOfBirth: string;
  niNumber: string;
}

export interface ParsedRow extends ImportRow {
  /** The validated details, when the row has no errors. */
  details: WorkerDetails | null;
}

export interface ParsedImport {
  rows: ParsedRow[];
  columns: { recognised: string[]; ignored: string[] };
}

const fileProblem = (message: string) => new CoreError('invalid_input', message, { csv: message });

/**
 * Read the CSV and check every row. Throws invalid_input (on the `csv` field) when the file
 * itself cannot be used: no headings Carebook knows as a name, no rows, or far too many.
 */
export function parseWorkersCsv(csv: string, existing: readonly Identity[], today: string): ParsedImport {
  const [header, ...body] = readRows(csv);
  if (!header) throw fileProblem('The file is empty. Choose a CSV file with a row for each PA');

  const columnAt: (Column | undefined)[] = [];
  const seen = new Set<Column>();
  const recognised: string[] = [];
  const ignored: string[] = [];
  header.cells.forEach((heading, i) => {
    const column = columnFor(heading);
    if (column && !seen.has(column)) {
      seen.add(column);
      columnAt[i] = column;
      recognised.push(heading.trim());
    } else if (heading.trim() !== '') {
      ignored.push(heading.trim());
    }
  });
  if (!seen.has('fullName') && !seen.has('firstName') && !seen.has('lastName')) {
    throw fileProblem(
      'Carebook cannot find a column of names. The first row of the file must be headings, with one called “Full name” (or “First name” and “Last name”)',
    );
  }
  if (body.length === 0) throw fileProblem('The file has headings but no PAs. Add a row for each PA under the headings');
  if (body.length > MAX_IMPORT_ROWS) {
    throw fileProblem(`The file has ${body.length.toLocaleString('en-GB')} rows. Split it into files of fewer than 5,000 rows`);
  }

  const byNi = new Map<string, number>();
  const byNameAndBirth = new Map<string, number>();
  for (const w of existing) {
    if (w.niNumber) byNi.set(normaliseNiNumber(w.niNumber), 0);
    if (w.dateOfBirth) byNameAndBirth.set(`${normaliseName(w.fullName)}|${w.dateOfBirth}`, 0);
  }

  const rows = body.map(({ cells, line, unreadable }): ParsedRow => {
    const cell: Partial<Record<Column, string>> = {};
    cells.forEach((value, i) => {
      const column = columnAt[i];
      // Every field is one line: a line break inside a quoted cell becomes a space.
      if (column) cell[column] = value.replace(/\s+/g, ' ').trim();
    });
    const errors: ImportRow['errors'] = [];
    const fail = (field: DetailField | 'status', message: string) => {
      if (!errors.some((e) => e.field === FIELD_LABELS[field])) errors.push({ field: FIELD_LABELS[field], message });
    };
    if (unreadable) {
      errors.push({ field: 'Row', message: 'This row has a quotation mark (") that is not closed, so Carebook cannot read it' });
    }

    const fullName =
      cell.fullName ?? [cell.firstName, cell.lastName].filter((part) => part).join(' ');
    const dates = { dateOfBirth: '', startDate: '' };
    for (const field of ['dateOfBirth', 'startDate'] as const) {
      const parsed = parseUkDate(cell[field] ?? '');
      if (parsed === null) fail(field, `${FIELD_LABELS[field]} must be a real date, written like 27/03/1990`);
      else dates[field] = parsed;
    }
    const status = parseStatus(cell.status ?? '', dates.startDate, today);
    if (status === null) {
      fail('status', 'Status must be “active” or “applicant”, or left empty. Add PAs who have left one at a time');
    }
    const shownStatus: WorkerStatus = status ?? (dates.startDate ? 'active' : 'applicant');

    const input: Record<DetailField, string> = {
      fullName,
      preferredName: cell.preferredName ?? '',
      pronouns: cell.pronouns ?? '',
      dateOfBirth: dates.dateOfBirth,
      niNumber: cell.niNumber ?? '',
      phone: cell.phone ?? '',
      email: cell.email ?? '',
      addressLine1: cell.addressLine1 ?? '',
      addressLine2: cell.addressLine2 ?? '',
      town: cell.town ?? '',
      postcode: cell.postcode ?? '',
      emergencyName: cell.emergencyName ?? '',
      emergencyRelationship: cell.emergencyRelationship ?? '',
      emergencyPhone: cell.emergencyPhone ?? '',
      jobTitle: cell.jobTitle ?? '',
      startDate: dates.startDate,
    };
    const parsed = workerDetailsSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as DetailField;
        fail(field, issue.message);
      }
    }
    const details = parsed.success ? parsed.data : null;
    if (details) {
      for (const [field, message] of Object.entries(detailsProblems(details, { status: shownStatus, leftOn: '' }, today))) {
        const imported =
          field !== 'startDate'
            ? message
            : details.startDate
              ? 'Start date is in the future, so they do not work for you yet. Leave the Status cell empty, or put “applicant”'
              : 'Enter their start date, because they are marked as working for you';
        fail(field as DetailField, imported);
      }
    }

    // The same person twice: already in the book, or earlier in this file.
    const ni = normaliseNiNumber(input.niNumber);
    const nameAndBirth = dates.dateOfBirth ? `${normaliseName(fullName)}|${dates.dateOfBirth}` : '';
    const niLine = ni ? byNi.get(ni) : undefined;
    const nameLine = nameAndBirth ? byNameAndBirth.get(nameAndBirth) : undefined;
    if (niLine === 0) fail('niNumber', 'A PA with this National Insurance number is already in your book');
    else if (nameLine === 0) fail('fullName', 'A PA with this name and date of birth is already in your book');
    else if (niLine !== undefined) fail('niNumber', `Line ${niLine} has the same National Insurance number. Remove one of the two rows`);
    else if (nameLine !== undefined) fail('fullName', `Line ${nameLine} has the same name and date of birth. Remove one of the two rows`);
    if (ni && !byNi.has(ni)) byNi.set(ni, line);
    if (nameAndBirth && !byNameAndBirth.has(nameAndBirth)) byNameAndBirth.set(nameAndBirth, line);

    return {
      line,
      fullName,
      dateOfBirth: dates.dateOfBirth || (cell.dateOfBirth ?? ''),
      startDate: dates.startDate || (cell.startDate ?? ''),
      status: shownStatus,
      errors,
      details: errors.length === 0 ? details : null,
    };
  });
  return { rows, columns: { recognised, ignored } };
}
