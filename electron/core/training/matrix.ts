import { SqliteAdapter, sql, type Kysely } from 'kysely';
import type { MatrixCell, PlanRow, Topic, TrainingMatrix } from '../../shared/api/index.js';
import { addDaysIso } from '../../shared/dates.js';
import { expiresOn, statusBy, type TrainingStatus } from '../../shared/training/status.js';
import type { Schema } from '../db/schema.js';
import { isRequired, readTopics } from './topics.js';

/**
 * What the matrix, the plan and Home all read: the PAs working for you, the topics, and each
 * PA's latest training in each topic. One pass over the index of training records (the latest
 * per PA and topic), so a decade of records stays quick.
 */
export interface TrainingState {
  pas: { id: string; name: string; preferredName: string; startDate: string; roleCode: number | null; careCertCompletedOn: string }[];
  topics: Topic[];
  /** `${workerId} ${topicId}` → their latest training in it. */
  latest: Map<string, { completedOn: string; expiresOverride: string }>;
  plans: { id: string; workerId: string; topicId: string; targetOn: string }[];
}

/**
 * The matrix, the plan and Home each read the same state, often one after another: it is kept
 * until the book changes. SQLite's total_changes() counts every row this connection has written,
 * so any write (through any area) makes a new key. Never inside a transaction, whose changes a
 * rollback could take back after they were counted. (On PostgreSQL the write path's own count of
 * changed rows would take its place.)
 */
const kept = new WeakMap<Kysely<Schema>, { key: string; state: TrainingState }>();

/** `everyone`: PAs who have left and applicants too, not only those working for you now. */
export async function readTrainingState(db: Kysely<Schema>, today: string, everyone = false): Promise<TrainingState> {
  if (db.isTransaction || !(db.getExecutor().adapter instanceof SqliteAdapter)) return readFresh(db, today, everyone);
  const { rows } = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  const key = `${rows[0]!.n} ${today} ${everyone}`;
  const had = kept.get(db);
  if (had?.key === key) return had.state;
  const state = await readFresh(db, today, everyone);
  kept.set(db, { key, state });
  return state;
}

async function readFresh(db: Kysely<Schema>, today: string, everyone: boolean): Promise<TrainingState> {
  const statuses = everyone ? ['active', 'left', 'applicant'] : ['active'];
  const [pas, topics, latestRows, overrides, plans] = await Promise.all([
    db
      .selectFrom('worker')
      .leftJoin('trainingProfile', 'trainingProfile.workerId', 'worker.id')
      .select(['worker.id', 'worker.fullName as name', 'worker.preferredName', 'worker.startDate', 'trainingProfile.roleCode', 'trainingProfile.careCertCompletedOn'])
      .where('worker.status', 'in', statuses)
      .orderBy('worker.fullName')
      .execute(),
    readTopics(db, today),
    // The latest day per PA and topic straight from the index (worker, topic, completed on)…
    db
      .selectFrom('trainingRecord')
      .select(['workerId', 'topicId', (e) => e.fn.max('completedOn').as('last')])
      .groupBy(['workerId', 'topicId'])
      .execute(),
    // …and the few records whose expiry was set by hand, to apply where they are the latest.
    db.selectFrom('trainingRecord').select(['workerId', 'topicId', 'completedOn', 'expiresOverride']).where('expiresOverride', '!=', '').execute(),
    db
      .selectFrom('trainingPlan')
      .innerJoin('worker', 'worker.id', 'trainingPlan.workerId')
      .select(['trainingPlan.id', 'trainingPlan.workerId', 'trainingPlan.topicId', 'trainingPlan.targetOn'])
      .where('worker.status', 'in', statuses)
      .orderBy('trainingPlan.targetOn')
      .execute(),
  ]);
  const working = new Set(pas.map((p) => p.id));
  const latest = new Map<string, { completedOn: string; expiresOverride: string }>();
  for (const r of latestRows) {
    if (working.has(r.workerId) && r.last) latest.set(`${r.workerId} ${r.topicId}`, { completedOn: r.last, expiresOverride: '' });
  }
  for (const o of overrides) {
    const had = latest.get(`${o.workerId} ${o.topicId}`);
    // Two records on the latest day: keep the one that lasts longer (an override to a later date).
    if (had && had.completedOn === o.completedOn && o.expiresOverride > had.expiresOverride) had.expiresOverride = o.expiresOverride;
  }
  return { pas: pas.map((p) => ({ ...p, roleCode: p.roleCode ?? null, careCertCompletedOn: p.careCertCompletedOn ?? '' })), topics, latest, plans };
}

/** One PA's status in one topic. `dueBy`: the last day that counts as due soon (today + the days chosen). */
export function cellOf(state: TrainingState, pa: TrainingState['pas'][number], topic: Topic, today: string, dueBy: string): MatrixCell {
  const held = state.latest.get(`${pa.id} ${topic.id}`);
  const expiry = held ? expiresOn(held.completedOn, topic.intervalMonths, held.expiresOverride) : null;
  return {
    status: statusBy(isRequired(topic, pa), expiry, today, dueBy),
    expiresOn: expiry ?? '',
    completedOn: held?.completedOn ?? '',
  };
}

export interface MatrixFilter {
  workerId?: string | undefined;
  topicId?: string | undefined;
  status?: TrainingStatus | undefined;
}

/**
 * PAs by topics. Topics shown are those in use that someone needs or holds; the filters keep
 * a PA, a topic, or the rows and columns with at least one cell of a status.
 */
export function buildMatrix(state: TrainingState, today: string, dueWithinDays: number, filter: MatrixFilter = {}): TrainingMatrix {
  let pas = filter.workerId ? state.pas.filter((p) => p.id === filter.workerId) : state.pas;
  let topics = state.topics.filter((t) => (filter.topicId ? t.id === filter.topicId : t.active));
  const dueBy = addDaysIso(today, dueWithinDays);
  let cells = pas.map((pa) => topics.map((t) => cellOf(state, pa, t, today, dueBy)));
  // Drop topics nobody needs or holds (unless asked for by name).
  const keepTopic = topics.map((_, j) => filter.topicId !== undefined || cells.some((row) => row[j]!.status !== 'not-required' || row[j]!.completedOn !== ''));
  if (filter.status) {
    const wanted = filter.status;
    topics.forEach((_, j) => (keepTopic[j] = keepTopic[j]! && cells.some((row) => row[j]!.status === wanted)));
    const keepPa = cells.map((row) => row.some((c, j) => keepTopic[j] && c.status === wanted));
    pas = pas.filter((_, i) => keepPa[i]);
    cells = cells.filter((_, i) => keepPa[i]);
  }
  topics = topics.filter((_, j) => keepTopic[j]);
  cells = cells.map((row) => row.filter((_, j) => keepTopic[j]));
  return {
    today,
    dueWithinDays,
    pas: pas.map((p) => ({ id: p.id, name: p.name, roleCode: p.roleCode })),
    topics: topics.map((t) => ({ id: t.id, name: t.name })),
    cells,
  };
}

/** Everything expired, missing or running out within `days`, and everything planned by then; most urgent first. */
export function buildPlan(state: TrainingState, today: string, days: number): PlanRow[] {
  const until = addDaysIso(today, days);
  const dueBy = until;
  const planned = new Map(state.plans.map((p) => [`${p.workerId} ${p.topicId}`, p]));
  const rows: PlanRow[] = [];
  const seen = new Set<string>();
  for (const pa of state.pas) {
    for (const topic of state.topics) {
      if (!topic.active) continue;
      const cell = cellOf(state, pa, topic, today, dueBy);
      const key = `${pa.id} ${topic.id}`;
      const plan = planned.get(key);
      if (cell.status === 'expired' || cell.status === 'missing' || cell.status === 'due' || (plan && plan.targetOn <= until)) {
        seen.add(key);
        rows.push({
          workerId: pa.id,
          workerName: pa.name,
          topicId: topic.id,
          topicName: topic.name,
          status: cell.status,
          expiresOn: cell.expiresOn,
          plannedId: plan?.id ?? '',
          targetOn: plan?.targetOn ?? '',
        });
      }
    }
  }
  const order: Record<string, number> = { expired: 0, missing: 1, due: 2, valid: 3, 'not-required': 4 };
  return rows.sort(
    (a, b) => order[a.status]! - order[b.status]! || (a.expiresOn || '9999').localeCompare(b.expiresOn || '9999') || a.workerName.localeCompare(b.workerName),
  );
}
