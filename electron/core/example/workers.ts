import type { Kysely } from 'kysely';
import { CWP_VALUES } from '../../shared/reference/care-workforce-pathway.js';
import { addDaysIso, addMonthsIso } from '../../shared/dates.js';
import { dbsJoinUpdateServiceBy } from '../../shared/people/recruitment.js';
import { RETENTION } from '../../shared/reference/retention.js';
import type { OpenBook } from '../book/open-book.js';
import { londonDate } from '../../shared/dates.js';
import type {
  DbsCheckTable,
  DbsStatusCheckTable,
  InterviewTable,
  RightToWorkCheckTable,
  Schema,
  WorkerReferenceTable,
  WorkerTable,
} from '../db/schema.js';
import type { ExampleSize } from './generate.js';
import { exampleName } from './people.js';

/**
 * The example book's PAs: most working for the employer now, some who left (with reasons), a
 * couple still applying; each with a right-to-work check, a DBS check (and status checks),
 * two references and an interview. Everything comes from a seeded sequence, so the example
 * and the benchmark's large book are the same every time.
 *
 * The employer in the example follows the retention rules: nobody left longer ago than the
 * shortest HR keeping time, and right-to-work copies of those who left more than the
 * right-to-work keeping time ago are already deleted. So a fresh example book asks for no
 * deletions on Home.
 */

/** mulberry32: a small, fast, seeded sequence of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

interface Rows {
  workers: WorkerTable[];
  rightToWork: RightToWorkCheckTable[];
  dbs: DbsCheckTable[];
  statusChecks: DbsStatusCheckTable[];
  references: WorkerReferenceTable[];
  interviews: InterviewTable[];
}

/** Create `size.pas` fictional PAs spread over `size.years`; returns their ids in order. */
export async function fillWorkers(book: OpenBook, size: ExampleSize, now: Date): Promise<string[]> {
  const rows = exampleWorkers(size, now);
  await book.db.transaction().execute(async (tx) => {
    await insertAll(tx, 'worker', rows.workers);
    await insertAll(tx, 'rightToWorkCheck', rows.rightToWork);
    await insertAll(tx, 'dbsCheck', rows.dbs);
    await insertAll(tx, 'dbsStatusCheck', rows.statusChecks);
    await insertAll(tx, 'workerReference', rows.references);
    await insertAll(tx, 'interview', rows.interviews);
  });
  return rows.workers.map((w) => w.id);
}

async function insertAll<T extends keyof Schema>(db: Kysely<Schema>, table: T, rows: Schema[T][]): Promise<void> {
  // Batches keep each statement under SQLite's limit on bound values.
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 100) as never)
      .execute();
  }
}

/** The rows, built in memory (pure apart from the clock passed in). */
export function exampleWorkers(size: ExampleSize, now: Date): Rows {
  const random = seeded(0x5eed + size.pas * 131 + size.years);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const id = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    // Shaped like a version-4 UUID, as randomUUID makes them.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  const digits = (n: number) => Array.from({ length: n }, () => between(0, 9)).join('');

  const today = londonDate(now);
  const historyStart = addMonthsIso(today, -12 * size.years);
  const historyDays = size.years * 365;
  // Nobody left so long ago that their HR records are past keeping, nor their right-to-work copies kept past theirs.
  const keepMonths = RETENTION.recruitment[0]!.value.monthsAfterEnd;
  const rtwKeepMonths = RETENTION['right-to-work'][0]!.value.monthsAfterEnd;
  const oldestLeaving = [addMonthsIso(today, -(keepMonths - 6)), addDaysIso(historyStart, 180)].sort().at(-1)!;

  const applicants = size.pas >= 10 ? 2 : size.pas >= 3 ? 1 : 0;
  const leavers = Math.floor((size.pas - applicants) * 0.4);
  const actives = size.pas - applicants - leavers;
  const roleOf = (i: number): Role => (i < actives ? 'active' : i < actives + leavers ? 'left' : 'applicant');

  const rows: Rows = { workers: [], rightToWork: [], dbs: [], statusChecks: [], references: [], interviews: [] };

  for (let i = 0; i < size.pas; i++) {
    const role = roleOf(i);
    const { firstName, lastName } = exampleName(i);
    const workerId = id();

    // Dates: when they started (or plan to), when they left, and when they were recruited.
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
    rows.workers.push({
      id: workerId,
      fullName: `${firstName} ${lastName}`,
      preferredName: i % 6 === 2 ? firstName : '',
      pronouns: '',
      dateOfBirth: addDaysIso(addMonthsIso(startDate || today, -12 * between(19, 58)), -between(0, 364)),
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

    // Interview first, then references, then the checks before they start.
    const heldOn = recruitedOn;
    rows.interviews.push({
      id: id(),
      workerId,
      heldOn,
      interviewers: 'Alex Example',
      answers: JSON.stringify(
        [0, 2, 4].map((k) => {
          const v = CWP_VALUES[(k + i) % CWP_VALUES.length]!;
          return { value: v.id, question: v.question, notes: 'Gave a clear, thoughtful example from a past job.' };
        }),
      ),
      outcome: role === 'applicant' && i % 2 === 1 ? 'undecided' : 'offer',
      notes: '',
      createdAt: at,
    });

    for (let r = 0; r < 2; r++) {
      const referee = exampleName(i * 2 + r + 11);
      const requestedOn = addDaysIso(heldOn, 1);
      const waiting = role === 'applicant' && r === 1;
      rows.references.push({
        id: id(),
        workerId,
        refereeName: `${referee.firstName} ${referee.lastName}`,
        relationship: r === 0 ? 'Manager at their last job' : 'College tutor',
        contact: `01632 960${digits(3)}`, // a range Ofcom keeps for drama
        requestedOn,
        receivedOn: waiting ? '' : addDaysIso(requestedOn, between(3, 10)),
        outcome: waiting ? 'waiting' : 'satisfactory',
        notes: '',
        createdAt: `${requestedOn}T10:00:00.000Z`,
      });
    }

    const checkedOn = role === 'applicant' ? addDaysIso(heldOn, 2) : addDaysIso(startDate, -between(3, 14));
    const rightToWorkKept = role !== 'left' || addMonthsIso(leftOn, rtwKeepMonths) > today;
    if (rightToWorkKept) {
      const timeLimited = i % 5 === 3;
      rows.rightToWork.push({
        id: id(),
        workerId,
        checkedOn,
        method: timeLimited ? 'online' : 'documents',
        evidence: timeLimited ? `Share code W${digits(2)} ${digits(3)} ${digits(3)}` : 'UK passport, photo page',
        permission: timeLimited ? 'time-limited' : 'unlimited',
        // Well past the follow-up reminder, so the example asks for nothing yet.
        permissionEndsOn: timeLimited ? addDaysIso(leftOn || today, between(200, 900)) : '',
        notes: '',
        createdAt: `${checkedOn}T10:00:00.000Z`,
      });
    }

    const issuedOn = role === 'applicant' ? addDaysIso(today, -between(5, 8)) : addDaysIso(checkedOn, -between(5, 20));
    const canJoin = dbsJoinUpdateServiceBy(issuedOn) !== '';
    const dbsId = id();
    rows.dbs.push({
      id: dbsId,
      workerId,
      level: 'enhanced',
      adultsBarredList: 1,
      childrenBarredList: 0,
      certificateNumber: `00${digits(10)}`,
      issuedOn,
      updateServiceJoinedOn: canJoin ? addDaysIso(issuedOn, between(1, 4)) : '',
      statusCheckConsent: canJoin ? 1 : 0,
      disclosureNote: '',
      createdAt: `${issuedOn}T10:00:00.000Z`,
    });
    // A status check each year on the certificate's anniversary, the last three kept.
    const until = leftOn || today;
    const anniversaries: string[] = [];
    for (let y = 1; canJoin && addMonthsIso(issuedOn, 12 * y) <= until; y++) anniversaries.push(addMonthsIso(issuedOn, 12 * y));
    for (const checkedOnYear of anniversaries.slice(-3)) {
      rows.statusChecks.push({ id: id(), dbsCheckId: dbsId, checkedOn: checkedOnYear, result: 'no-change', note: '' });
    }
  }
  return rows;
}
