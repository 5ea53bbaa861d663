import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** Rows a book could hold at 001_book, and how they read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    const settings: [string, unknown][] = [
      ['autoLockMinutes', 17],
      ['textSize', 'larger'],
      ['backupFolder', '/media/stick/carebook'],
      ['backupsToKeep', 4],
      ['backupOnLock', false],
    ];
    for (const [key, value] of settings) {
      await sql`insert into setting (key, value) values (${key}, ${JSON.stringify(value)})`.execute(db);
    }
    for (const day of ['2026-03-01', '2026-03-08', '2026-03-20']) {
      await sql`insert into backup_log (created_at, file_name, bytes)
                values (${`${day}T18:00:00.000Z`}, ${`carebook-${day}.carebook-backup`}, ${123_456})`.execute(db);
    }
  },
  async check(core) {
    expect(await core.ok('settings.get', {})).toEqual({
      autoLockMinutes: 17,
      textSize: 'larger',
      backupFolder: '/media/stick/carebook',
      backupsToKeep: 4,
      backupOnLock: false,
    });
    // The backup log is read by Home: a backup a week old means nothing about backups is due.
    const { items } = await core.ok('attention.list', {});
    expect(items.filter((item) => item.area === 'book' && item.id !== 'book.backup-failed')).toEqual([]);
  },
};
