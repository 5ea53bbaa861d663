import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** Rows a book could hold at 2026-12-02-1011_training_pa_excusals, and how they read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    const sam = '00000000-0000-4000-8000-000000000001';
    // Fire safety is needed by every PA (the book's own version of the topic says so): Sam is excused.
    await sql`insert into training_pa_excusal (id, worker_id, topic_id, reason, created_at)
              values ('00000000-0000-4000-8000-0000000000c1', ${sam}, 'fire-safety', 'Works only outdoors, on trips', '2026-12-02T10:11:00.000Z')`.execute(db);
  },
  async check(core) {
    const sam = '00000000-0000-4000-8000-000000000001';
    const topic = (await core.ok('training.topics', {})).find((t) => t.id === 'fire-safety')!;
    expect(topic.excused).toEqual([{ workerId: sam, reason: 'Works only outdoors, on trips' }]);
    const t = await core.ok('training.get', { workerId: sam });
    expect(t.topics.find((x) => x.topicId === 'fire-safety')).toMatchObject({ status: 'not-required', excusedReason: 'Works only outdoors, on trips' });
  },
};
