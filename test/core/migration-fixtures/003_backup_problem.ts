import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** Rows a book could hold at 003_backup_problem, and how they read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    await sql`insert into backup_log (created_at, file_name, bytes, problem)
              values ('2026-03-26T18:00:00.000Z', '', 0, 'Carebook cannot use the folder /media/stick.')`.execute(db);
  },
  async check(core) {
    const { items } = await core.ok('attention.list', {});
    expect(items.find((item) => item.id === 'book.backup-failed')?.detail).toMatch(/^Carebook cannot use the folder \/media\/stick\./);
  },
};
