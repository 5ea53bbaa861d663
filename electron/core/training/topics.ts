import type { Kysely } from 'kysely';
import type { Topic } from '../../shared/api/index.js';
import { valueOn } from '../../shared/reference/dated.js';
import { TRAINING_TOPICS } from '../../shared/reference/training-topics.js';
import type { Schema } from '../db/schema.js';
import { CoreError } from '../errors.js';
import type { TrainingOwnTopicTable } from './schema.js';
import { needsTopic } from '../../shared/training/status.js';

/**
 * The book's topics: Carebook's built-in ones from reference data, each replaced by the
 * employer's own version once they change it, and the topics they added, with who needs each.
 */
export function mergeTopics(
  today: string,
  rows: readonly TrainingOwnTopicTable[],
  roles: readonly { topicId: string; roleCode: number }[],
  pas: readonly { topicId: string; workerId: string }[],
  excusals: readonly { topicId: string; workerId: string; reason: string }[] = [],
): Topic[] {
  const builtIn = valueOn(TRAINING_TOPICS, today) ?? TRAINING_TOPICS[0]!.value;
  const own = new Map(rows.map((r) => [r.id, r]));
  const rolesOf = (id: string) => roles.filter((r) => r.topicId === id).map((r) => r.roleCode).sort((a, b) => a - b);
  const pasOf = (id: string) => pas.filter((p) => p.topicId === id).map((p) => p.workerId);
  const excusedOf = (id: string) => excusals.filter((e) => e.topicId === id).map((e) => ({ workerId: e.workerId, reason: e.reason }));
  const topics: Topic[] = builtIn.map((t) => {
    const row = own.get(t.id);
    return row
      ? fromRow(row, t.source, rolesOf(t.id), pasOf(t.id), excusedOf(t.id))
      : {
          id: t.id,
          name: t.name,
          category: t.category,
          intervalMonths: t.intervalMonths,
          requiredForAll: t.usual,
          active: true,
          custom: false,
          source: t.source,
          roles: rolesOf(t.id),
          workerIds: pasOf(t.id),
          excused: excusedOf(t.id),
        };
  });
  for (const row of rows) if (row.custom === 1) topics.push(fromRow(row, '', rolesOf(row.id), pasOf(row.id), excusedOf(row.id)));
  return topics;
}

function fromRow(row: TrainingOwnTopicTable, source: string, roles: number[], workerIds: string[], excused: Topic['excused']): Topic {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    intervalMonths: row.intervalMonths,
    requiredForAll: row.requiredForAll === 1,
    active: row.active === 1,
    custom: row.custom === 1,
    source,
    roles,
    workerIds,
    excused,
  };
}

export async function readTopics(db: Kysely<Schema>, today: string): Promise<Topic[]> {
  const [rows, roles, pas, excusals] = await Promise.all([
    db.selectFrom('trainingOwnTopic').selectAll().orderBy('name').execute(),
    db.selectFrom('trainingRoleRequirement').selectAll().execute(),
    db.selectFrom('trainingPaRequirement').selectAll().execute(),
    db.selectFrom('trainingPaExcusal').select(['topicId', 'workerId', 'reason']).orderBy('createdAt').execute(),
  ]);
  return mergeTopics(today, rows, roles, pas, excusals);
}

export const topicNotFound = () =>
  new CoreError('not_found', 'Carebook cannot find that training topic. Go back to the topics and choose it again.', { topicId: 'Choose the topic' });

export async function requireTopic(db: Kysely<Schema>, today: string, id: string): Promise<Topic> {
  const topic = (await readTopics(db, today)).find((t) => t.id === id);
  if (!topic) throw topicNotFound();
  return topic;
}

/** Whether a PA with this role needs the topic (the rule is needsTopic, shared and table-tested). `ignoreExcusal`: whether they would, were they not excused. */
export function isRequired(topic: Topic, pa: { id: string; roleCode: number | null }, ignoreExcusal = false): boolean {
  return needsTopic({
    inUse: topic.active,
    forEveryone: topic.requiredForAll,
    forTheirRole: pa.roleCode !== null && topic.roles.includes(pa.roleCode),
    forThemAlone: topic.workerIds.includes(pa.id),
    excused: !ignoreExcusal && excusalOf(topic, pa.id) !== undefined,
  });
}

/** Why this PA does not need the topic, if the employer said so. */
export const excusalOf = (topic: Topic, workerId: string): string | undefined => topic.excused.find((e) => e.workerId === workerId)?.reason;
