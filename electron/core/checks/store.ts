import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  DbsCheck,
  DbsInput,
  DbsStatusCheck,
  Interview,
  InterviewInput,
  Reference,
  ReferenceInput,
  RightToWorkCheck,
  RightToWorkInput,
  WorkerChecks,
} from '../../shared/api/index.js';
import { dbsJoinUpdateServiceBy, rightToWorkFollowUp } from '../../shared/people/recruitment.js';
import type { Schema } from '../db/schema.js';
import type { DbsCheckTable, DbsStatusCheckTable, InterviewTable, RightToWorkCheckTable, WorkerReferenceTable } from './schema.js';
import { dateInWords } from '../../shared/dates.js';
import { CoreError } from '../errors.js';
import { atomic } from '../db/atomic.js';

/** The four check tables, by the kind the API names them. */
export const CHECK_TABLES = {
  'right-to-work': 'rightToWorkCheck',
  dbs: 'dbsCheck',
  reference: 'workerReference',
  interview: 'interview',
} as const;
export type CheckKind = keyof typeof CHECK_TABLES;

export const checkNotFound = () =>
  new CoreError('not_found', 'Carebook cannot find that check for this PA. It may have been deleted. Go back to their checks and try again.');

// Row → API shape. Booleans are 0/1 in SQLite; interview answers are JSON text.

export function toRightToWork(row: RightToWorkCheckTable): RightToWorkCheck {
  const { createdAt: _createdAt, ...rest } = row;
  const check = { ...rest, method: row.method as RightToWorkCheck['method'], permission: row.permission as RightToWorkCheck['permission'] };
  return { ...check, followUpDueOn: rightToWorkFollowUp(check)?.dueOn ?? '' };
}

export function toDbs(row: DbsCheckTable, statusChecks: DbsStatusCheck[]): DbsCheck {
  const { createdAt: _createdAt, ...rest } = row;
  return {
    ...rest,
    level: row.level as DbsCheck['level'],
    adultsBarredList: row.adultsBarredList === 1,
    childrenBarredList: row.childrenBarredList === 1,
    statusCheckConsent: row.statusCheckConsent === 1,
    joinUpdateServiceBy: dbsJoinUpdateServiceBy(row.issuedOn),
    statusChecks,
  };
}

function toStatusCheck(row: DbsStatusCheckTable): DbsStatusCheck {
  return { id: row.id, checkedOn: row.checkedOn, result: row.result as DbsStatusCheck['result'], note: row.note };
}

export function toReference(row: WorkerReferenceTable): Reference {
  const { createdAt: _createdAt, ...rest } = row;
  return { ...rest, outcome: row.outcome as Reference['outcome'] };
}

export function toInterview(row: InterviewTable): Interview {
  const { createdAt: _createdAt, ...rest } = row;
  let answers: Interview['answers'] = [];
  try {
    const parsed: unknown = JSON.parse(row.answers);
    if (Array.isArray(parsed)) answers = parsed as Interview['answers'];
  } catch {
    // A damaged answers column shows as no answers rather than hiding the whole interview.
  }
  return { ...rest, answers, outcome: row.outcome as Interview['outcome'] };
}

/** A reference's date for ordering: when it came, else when it was asked for, else when added. */
const referenceDate = (r: WorkerReferenceTable) => r.receivedOn || r.requestedOn || r.createdAt.slice(0, 10);

/** Every check for one PA, newest first in each kind. */
export async function readChecks(db: Kysely<Schema>, workerId: string): Promise<WorkerChecks> {
  const [rtw, dbs, refs, interviews] = await Promise.all([
    db.selectFrom('rightToWorkCheck').selectAll().where('workerId', '=', workerId).orderBy('checkedOn', 'desc').orderBy('createdAt', 'desc').execute(),
    db.selectFrom('dbsCheck').selectAll().where('workerId', '=', workerId).orderBy('issuedOn', 'desc').orderBy('createdAt', 'desc').execute(),
    db.selectFrom('workerReference').selectAll().where('workerId', '=', workerId).execute(),
    db.selectFrom('interview').selectAll().where('workerId', '=', workerId).orderBy('heldOn', 'desc').orderBy('createdAt', 'desc').execute(),
  ]);
  const statusChecks = dbs.length
    ? await db
        .selectFrom('dbsStatusCheck')
        .selectAll()
        .where('dbsCheckId', 'in', dbs.map((d) => d.id))
        .orderBy('checkedOn', 'desc')
        .execute()
    : [];
  refs.sort((a, b) => referenceDate(b).localeCompare(referenceDate(a)) || b.createdAt.localeCompare(a.createdAt));
  return {
    rightToWork: rtw.map(toRightToWork),
    dbs: dbs.map((d) => toDbs(d, statusChecks.filter((s) => s.dbsCheckId === d.id).map(toStatusCheck))),
    references: refs.map(toReference),
    interviews: interviews.map(toInterview),
  };
}

/** The worker a check belongs to, or null when there is no such check. */
async function ownerOf(db: Kysely<Schema>, kind: CheckKind, id: string): Promise<string | null> {
  const row = await db.selectFrom(CHECK_TABLES[kind]).select('workerId').where('id', '=', id).executeTakeFirst();
  return row?.workerId ?? null;
}

/**
 * Before correcting a check: it must be this PA's. An id from another PA's record is treated
 * as not found, never moved across.
 */
async function requireOwned(db: Kysely<Schema>, kind: CheckKind, id: string, workerId: string): Promise<void> {
  if ((await ownerOf(db, kind, id)) !== workerId) throw checkNotFound();
}

const stamp = (now: Date) => ({ id: randomUUID(), createdAt: now.toISOString() });

function pickSaved<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((c) => c.id === id);
  if (!found) throw checkNotFound();
  return found;
}

// Each save adds a check when there is no id and corrects the PA's own check when there is.

export async function saveRightToWork(db: Kysely<Schema>, { id, ...c }: RightToWorkInput, now: Date): Promise<RightToWorkCheck> {
  // With unlimited permission there is no end date; drop one left over from an earlier choice.
  const values = { ...c, permissionEndsOn: c.permission === 'unlimited' ? '' : c.permissionEndsOn };
  let savedId = id;
  if (savedId) {
    await requireOwned(db, 'right-to-work', savedId, c.workerId);
    await db.updateTable('rightToWorkCheck').set(values).where('id', '=', savedId).execute();
  } else {
    const row = { ...values, ...stamp(now) };
    await db.insertInto('rightToWorkCheck').values(row).execute();
    savedId = row.id;
  }
  return pickSaved((await readChecks(db, c.workerId)).rightToWork, savedId);
}

export async function saveDbs(db: Kysely<Schema>, { id, ...c }: DbsInput, now: Date): Promise<DbsCheck> {
  const values = {
    ...c,
    adultsBarredList: c.adultsBarredList ? 1 : 0,
    childrenBarredList: c.childrenBarredList ? 1 : 0,
    statusCheckConsent: c.statusCheckConsent ? 1 : 0,
  };
  let savedId = id;
  if (savedId) {
    await requireOwned(db, 'dbs', savedId, c.workerId);
    await db.updateTable('dbsCheck').set(values).where('id', '=', savedId).execute();
  } else {
    const row = { ...values, ...stamp(now) };
    await db.insertInto('dbsCheck').values(row).execute();
    savedId = row.id;
  }
  return readDbs(db, savedId);
}

export async function readDbs(db: Kysely<Schema>, id: string): Promise<DbsCheck> {
  const row = await db.selectFrom('dbsCheck').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw checkNotFound();
  const statusChecks = await db.selectFrom('dbsStatusCheck').selectAll().where('dbsCheckId', '=', id).orderBy('checkedOn', 'desc').execute();
  return toDbs(row, statusChecks.map(toStatusCheck));
}

export async function addDbsStatusCheck(
  db: Kysely<Schema>,
  input: { dbsCheckId: string; checkedOn: string; result: 'no-change' | 'changed'; note: string },
): Promise<void> {
  await db.insertInto('dbsStatusCheck').values({ id: randomUUID(), ...input }).execute();
}

export async function saveReference(db: Kysely<Schema>, { id, ...c }: ReferenceInput, now: Date): Promise<Reference> {
  let savedId = id;
  if (savedId) {
    await requireOwned(db, 'reference', savedId, c.workerId);
    await db.updateTable('workerReference').set(c).where('id', '=', savedId).execute();
  } else {
    const row = { ...c, ...stamp(now) };
    await db.insertInto('workerReference').values(row).execute();
    savedId = row.id;
  }
  return pickSaved((await readChecks(db, c.workerId)).references, savedId);
}

export async function saveInterview(db: Kysely<Schema>, { id, ...c }: InterviewInput, now: Date): Promise<Interview> {
  const values = { ...c, answers: JSON.stringify(c.answers) };
  let savedId = id;
  if (savedId) {
    await requireOwned(db, 'interview', savedId, c.workerId);
    await db.updateTable('interview').set(values).where('id', '=', savedId).execute();
  } else {
    const row = { ...values, ...stamp(now) };
    await db.insertInto('interview').values(row).execute();
    savedId = row.id;
  }
  return pickSaved((await readChecks(db, c.workerId)).interviews, savedId);
}

/** The check about to be deleted, for its history line: whose it is and what it is, in words. */
export async function findCheck(
  db: Kysely<Schema>,
  kind: CheckKind | 'dbs-status',
  id: string,
): Promise<{ workerId: string; recordId: string; description: string }> {
  if (kind === 'dbs-status') {
    const row = await db
      .selectFrom('dbsStatusCheck')
      .innerJoin('dbsCheck', 'dbsCheck.id', 'dbsStatusCheck.dbsCheckId')
      .select(['dbsCheck.workerId', 'dbsCheck.id', 'dbsStatusCheck.checkedOn'])
      .where('dbsStatusCheck.id', '=', id)
      .executeTakeFirst();
    if (!row) throw checkNotFound();
    return { workerId: row.workerId, recordId: row.id, description: `the DBS status check on ${dateInWords(row.checkedOn)}` };
  }
  const owner = await ownerOf(db, kind, id);
  if (owner === null) throw checkNotFound();
  const checks = await readChecks(db, owner);
  const byId = <T extends { id: string }>(list: T[]) => list.find((c) => c.id === id)!;
  const description = {
    'right-to-work': () => `the right-to-work check done on ${dateInWords(byId(checks.rightToWork).checkedOn)}`,
    dbs: () => `the DBS check issued on ${dateInWords(byId(checks.dbs).issuedOn)}`,
    reference: () => `the reference from ${byId(checks.references).refereeName}`,
    interview: () => `the interview held on ${dateInWords(byId(checks.interviews).heldOn)}`,
  }[kind]();
  return { workerId: owner, recordId: id, description };
}

/**
 * Delete one check and the documents filed against it (their content goes with them through
 * the foreign key), in one transaction. A DBS check takes its status checks with it.
 */
export async function deleteCheck(db: Kysely<Schema>, kind: CheckKind | 'dbs-status', id: string): Promise<void> {
  await atomic(db, async (tx) => {
    if (kind === 'dbs-status') {
      const result = await tx.deleteFrom('dbsStatusCheck').where('id', '=', id).executeTakeFirst();
      if (result.numDeletedRows === 0n) throw checkNotFound();
      return;
    }
    const owner = await ownerOf(tx, kind, id);
    if (owner === null) throw checkNotFound();
    await tx.deleteFrom('document').where('workerId', '=', owner).where('linkedId', '=', id).execute();
    await tx.deleteFrom(CHECK_TABLES[kind]).where('id', '=', id).execute();
  });
}
