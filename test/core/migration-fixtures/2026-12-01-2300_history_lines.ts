import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** Rows a book could hold at 2026-12-01-2300_history_lines, and how they read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    await sql`insert into history_line (at, area, method, worker_id, record_id, kind, summary, changes)
              values ('2026-01-05T09:00:00.000Z', 'workers', 'workers.update', '00000000-0000-4000-8000-000000000001',
                      '00000000-0000-4000-8000-000000000001', 'personnel-file', 'Changed their details',
                      '[{"field":"Job title","from":"Personal assistant","to":"Senior personal assistant"}]')`.execute(db);
    await sql`insert into history_line (at, area, method, summary)
              values ('2026-01-06T09:00:00.000Z', 'settings', 'settings.update', 'Changed your settings')`.execute(db);
  },
  async check(core) {
    const { lines } = await core.ok('history.list', {});
    expect(lines.slice(-2).map((l) => [l.summary, l.workerName, l.changes])).toEqual([
      ['Changed your settings', '', []],
      ['Changed their details', 'Sam Older', [{ field: 'Job title', from: 'Personal assistant', to: 'Senior personal assistant' }]],
    ]);
  },
};
