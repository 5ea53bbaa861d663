import type { Kysely } from 'kysely';
import { addDaysIso, addMonthsIso, dateInWords } from '../../shared/dates.js';
import { RETENTION } from '../../shared/reference/retention.js';
import { writeCsv } from '../csv/write-csv.js';
import type { Schema } from '../db/schema.js';
import { idMaker, insertRows, type ExampleBook, type ExampleSize } from '../example/example-book.js';
import { exampleName } from '../example/people.js';
import type { WorkerTable } from './schema.js';

/**
 * The example book's PAs: most working for the employer now, some who left (with reasons), a
 * couple still applying, spread over the book's years. Everything comes from a seeded sequence,
 * so the example and the benchmark's large book are the same every time. Each PA's `createdAt`
 * is the day they were recruited, which the checks step builds on.
 *
 * The employer in the example follows the retention rules: nobody left longer ago than the
 * shortest HR keeping time, so a fresh example book asks for no deletions on Home.
 */

const LEFT_REASONS = [
  'Moved to another town',
  'Took a job closer to home',
  'Went to university',
  'Retired',
  'Left to care for a family member',
  'Started a nursing course',
];
const RELATIONSHIPS = ['Partner', 'Mother', 'Father', 'Sister', 'Brother', 'Friend'];
const STREETS = ['Sample Street', 'Example Road', 'Test Lane', 'Model Avenue', 'Pattern Close'];

type Role = 'active' | 'left' | 'applicant';

/** The rows, built in memory (pure apart from the clock and sequence passed in). */
export function exampleWorkers(size: ExampleSize, today: string, random: () => number): WorkerTable[] {
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const id = idMaker(random);
  const digits = (n: number) => Array.from({ length: n }, () => between(0, 9)).join('');

  const historyStart = addMonthsIso(today, -12 * size.years);
  const historyDays = size.years * 365;
  // Nobody left so long ago that their HR records are past keeping.
  const keepMonths = RETENTION.recruitment[0]!.value.monthsAfterEnd;
  const oldestLeaving = [addMonthsIso(today, -(keepMonths - 6)), addDaysIso(historyStart, 180)].sort().at(-1)!;

  const applicants = size.pas >= 10 ? 2 : size.pas >= 3 ? 1 : 0;
  const leavers = Math.floor((size.pas - applicants) * 0.4);
  const actives = size.pas - applicants - leavers;
  const roleOf = (i: number): Role => (i < actives ? 'active' : i < actives + leavers ? 'left' : 'applicant');

  const rows: WorkerTable[] = [];
  for (let i = 0; i < size.pas; i++) {
    const role = roleOf(i);
    const { firstName, lastName } = exampleName(i);

    // When they started (or plan to), when they left, and when they were recruited.
    let startDate = '';
    let leftOn = '';
    let recruitedOn: string;
    if (role === 'active') {
      startDate = addDaysIso(historyStart, between(0, Math.max(0, historyDays - 60)));
      recruitedOn = addDaysIso(startDate, -between(30, 60));
    } else if (role === 'left') {
      const span = Math.max(0, Math.round((Date.parse(today) - Date.parse(oldestLeaving)) / 86_400_000) - 14);
      leftOn = addDaysIso(oldestLeaving, between(0, span));
      const workedDays = Math.max(90, Math.round((Date.parse(leftOn) - Date.parse(historyStart)) / 86_400_000));
      startDate = addDaysIso(leftOn, -between(90, workedDays));
      recruitedOn = addDaysIso(startDate, -between(30, 60));
    } else {
      recruitedOn = addDaysIso(today, -between(10, 25));
      if (i % 2 === 0) startDate = addDaysIso(today, between(14, 40)); // a planned start
    }

    const at = `${recruitedOn}T10:00:00.000Z`;
    rows.push({
      id: id(),
      fullName: `${firstName} ${lastName}`,
      preferredName: i % 6 === 2 ? firstName : '',
      pronouns: '',
      // In the small book, the second PA turns 21 in 40 days (pay: the legal minimum goes up with it).
      dateOfBirth: ((born) => (size.pas < 10 && i === 1 ? addMonthsIso(addDaysIso(today, 40), -12 * 21) : born))(addDaysIso(addMonthsIso(startDate || today, -12 * between(19, 58)), -between(0, 364))),
      niNumber: `QQ${digits(6)}${'ABCD'[i % 4]}`, // QQ is never issued: a made-up number
      phone: `07700 900${digits(3)}`, // a range Ofcom keeps for drama
      email: `${firstName}.${lastName}${i}@example.com`.toLowerCase(),
      addressLine1: `${between(1, 120)} ${STREETS[i % STREETS.length]}`,
      addressLine2: '',
      town: 'Exampleton',
      postcode: `EX${1 + (i % 9)} ${between(1, 9)}${'ABDEFGHJ'[i % 8]}${'LNPQRSTU'[(i * 3) % 8]}`,
      emergencyName: `${exampleName(i + 37).firstName} ${lastName}`,
      emergencyRelationship: RELATIONSHIPS[i % RELATIONSHIPS.length]!,
      emergencyPhone: `07700 900${digits(3)}`,
      jobTitle: 'Personal assistant',
      startDate,
      status: role,
      leftOn,
      leftReason: role === 'left' ? LEFT_REASONS[i % LEFT_REASONS.length]! : '',
      createdAt: at,
      updatedAt: leftOn ? `${leftOn}T10:00:00.000Z` : at,
    });
  }
  return rows;
}

/** The workers step of the example book: the PAs, and their lines in the history. */
export async function fillWorkers({ db, size, today, random, record }: ExampleBook): Promise<void> {
  const rows = exampleWorkers(size, today, random('workers'));
  await insertRows(db, 'worker', rows);
  for (const w of rows) {
    const about = { workerId: w.id, recordId: w.id, kind: 'personnel-file' as const };
    record({ ...about, at: w.createdAt, method: 'workers.create', summary: `Added ${w.fullName}, applying to work for you` });
    if (w.startDate && w.startDate <= today) {
      record({ ...about, at: `${w.startDate}T09:00:00.000Z`, method: 'workers.setStatus', summary: `Marked as working for you from ${dateInWords(w.startDate)}` });
    }
    if (w.status === 'left') {
      record({ ...about, at: w.updatedAt, method: 'workers.setStatus', summary: `Marked as left on ${dateInWords(w.leftOn)}: ${w.leftReason}` });
    }
  }
}

/** A spreadsheet of the book's own PAs, as an employer might import (the bench previews it). */
export async function exampleImportCsv(db: Kysely<Schema>): Promise<string> {
  const rows = await db.selectFrom('worker').select(['fullName', 'dateOfBirth', 'niNumber', 'startDate']).execute();
  return writeCsv(['Full name', 'Date of birth', 'NI number', 'Start date'], rows.map((r) => [r.fullName, r.dateOfBirth, r.niNumber, r.startDate]));
}
