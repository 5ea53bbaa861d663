import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, test } from 'vitest';
import { dbPath, keyringPath } from '../../electron/core/book/files.js';
import { newKeyring, writeKeyring } from '../../electron/core/book/keyring.js';
import { newRecoveryCode } from '../../electron/core/book/recovery-code.js';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.js';
import { LATEST_MIGRATION, MIGRATION_NAMES } from '../../electron/core/db/migrations/index.js';
import { kyselyFor, openSqlite } from '../../electron/core/db/open.js';
import { PASSPHRASE, tempDir, testCore, type TestCore } from './helpers.js';

/**
 * A book made by an older Carebook must open in this one with every record intact. For each
 * migration but the newest we build a real encrypted book whose schema stops there, holding the
 * rows that Carebook could write at that version, then unlock it through the API.
 *
 * When a migration lands, add its fixture below: rows in that version's own SQL (frozen, like
 * the migration) and a check that reads them back through the API as it is today.
 */
interface Fixture {
  insert(db: Kysely<unknown>): Promise<void>;
  check(core: TestCore): Promise<void>;
}

const NOW = new Date('2026-03-27T12:00:00Z');

const FIXTURES: Record<string, Fixture> = {
  '001_book': {
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
  },

  '002_employer': {
    async insert(db) {
      await sql`insert into employer (id, kind, name, acting_for, address_line1, address_line2, town, postcode, phone, email, updated_at)
                values (1, 'representative', 'Pat Older', 'Chris Older', '2 Mill Lane', 'Flat 3', 'York', 'YO1 7HH',
                        '01904 000000', 'pat@example.com', '2026-02-01T09:00:00.000Z')`.execute(db);
    },
    async check(core) {
      expect(await core.ok('employer.get', {})).toEqual({
        kind: 'representative',
        name: 'Pat Older',
        actingFor: 'Chris Older',
        addressLine1: '2 Mill Lane',
        addressLine2: 'Flat 3',
        town: 'York',
        postcode: 'YO1 7HH',
        phone: '01904 000000',
        email: 'pat@example.com',
        // Added by 004_people, empty until filled in.
        insurer: '',
        policyNumber: '',
        coverPounds: null,
        renewsOn: '',
        payeReference: '',
        pensionScheme: '',
        pensionDutiesStartOn: '',
        pensionDeclarationOn: '',
        localAuthority: '',
        wageArea: null,
      });
    },
  },

  '003_backup_problem': {
    async insert(db) {
      await sql`insert into backup_log (created_at, file_name, bytes, problem)
                values ('2026-03-26T18:00:00.000Z', '', 0, 'Carebook cannot use the folder /media/stick.')`.execute(db);
    },
    async check(core) {
      const { items } = await core.ok('attention.list', {});
      expect(items.find((item) => item.id === 'book.backup-failed')?.detail).toMatch(/^Carebook cannot use the folder \/media\/stick\./);
    },
  },

  '004_people': {
    async insert(db) {
      await sql`update employer set insurer = 'Acme Mutual', cover_pounds = 10000000, renews_on = '2027-01-31',
                paye_reference = '123/AB456', wage_area = 'london' where id = 1`.execute(db);
      await sql`insert into worker (id, full_name, preferred_name, date_of_birth, ni_number, start_date, job_title, status, created_at, updated_at)
                values ('00000000-0000-4000-8000-000000000001', 'Sam Older', 'Sam', '1990-05-04', 'QQ123456C', '2026-01-05',
                        'Personal assistant', 'active', '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')`.execute(db);
      await sql`insert into right_to_work_check (id, worker_id, checked_on, method, evidence, permission, permission_ends_on, created_at)
                values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', '2026-01-02', 'online',
                        'Share code W12 345 678', 'time-limited', '2027-06-30', '2026-01-02T09:00:00.000Z')`.execute(db);
      await sql`insert into document (id, worker_id, kind, label, file_name, media_type, bytes, sha256, added_at)
                values ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', 'right-to-work',
                        'Online check result', 'check.pdf', 'application/pdf', 4, 'x', '2026-01-02T09:00:00.000Z')`.execute(db);
      await sql`insert into document_content (document_id, data) values ('00000000-0000-4000-8000-000000000003', x'25504446')`.execute(db);
    },
    async check(core) {
      const id = '00000000-0000-4000-8000-000000000001';
      expect(await core.ok('employer.get', {})).toMatchObject({ insurer: 'Acme Mutual', coverPounds: 10_000_000, wageArea: 'london' });
      expect(await core.ok('workers.get', { id })).toMatchObject({ fullName: 'Sam Older', niNumber: 'QQ123456C', status: 'active' });
      const checks = await core.ok('checks.get', { workerId: id });
      expect(checks.rightToWork[0]).toMatchObject({ permission: 'time-limited', permissionEndsOn: '2027-06-30' });
      expect(await core.ok('documents.list', { workerId: id })).toMatchObject([{ fileName: 'check.pdf', bytes: 4 }]);
    },
  },
};

/** Row counts of every Carebook table (not Kysely's own), to see that no row went missing. */
async function rowCounts(db: Kysely<unknown>): Promise<Record<string, number>> {
  const tables = await db.introspection.getTables();
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = row.rows[0]!.n;
  }
  return counts;
}

/** A book folder as an older Carebook left it: schema up to `target`, with that era's rows. */
async function olderBook(dataDir: string, target: string) {
  const folder = join(dataDir, 'book'); // the default place, so openCore finds it
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const dataKey = randomBytes(32);
  const keyring = await newKeyring(dataKey, PASSPHRASE, newRecoveryCode());
  const sqlite = openSqlite(dbPath(folder), dataKey, { create: true });
  const db = kyselyFor(sqlite) as Kysely<unknown>;
  await migrate(db, target);
  for (const name of MIGRATION_NAMES.slice(0, MIGRATION_NAMES.indexOf(target) + 1)) await FIXTURES[name]!.insert(db);
  const counts = await rowCounts(db);
  await db.destroy(); // closes the database, which checkpoints the WAL into the file
  writeKeyring(folder, keyring);
  return { folder, dataKey, counts };
}

/** Read the book directly (no core): its schema version and row counts. */
async function inspect(folder: string, dataKey: Buffer) {
  const db = kyselyFor(openSqlite(dbPath(folder), dataKey)) as Kysely<unknown>;
  try {
    return { version: await schemaVersion(db), counts: await rowCounts(db) };
  } finally {
    await db.destroy();
  }
}

describe('books made by older versions of Carebook', () => {
  test('every migration has a fixture (add one when you add a migration)', () => {
    expect(Object.keys(FIXTURES)).toEqual(MIGRATION_NAMES);
  });

  test.each(MIGRATION_NAMES.slice(0, -1))('a book last migrated to %s opens at the latest version with all its records', async (target) => {
    const dataDir = tempDir();
    const { folder, dataKey, counts } = await olderBook(dataDir, target);
    expect((await inspect(folder, dataKey)).version).toBe(target);

    const core = testCore({ dataDir, now: () => NOW });
    expect((await core.ok('book.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    for (const name of MIGRATION_NAMES.slice(0, MIGRATION_NAMES.indexOf(target) + 1)) await FIXTURES[name]!.check(core);
    await core.close();

    const after = await inspect(folder, dataKey);
    expect(after.version).toBe(LATEST_MIGRATION);
    // Nothing is deleted silently (DESIGN §3): every table there before keeps every row.
    for (const [table, n] of Object.entries(counts)) expect(after.counts[table], table).toBe(n);
  });

  test('a book from a newer Carebook is refused with newer_version and left exactly as it was', async () => {
    const dataDir = tempDir();
    const { folder, dataKey } = await olderBook(dataDir, LATEST_MIGRATION);
    const db = kyselyFor(openSqlite(dbPath(folder), dataKey)) as Kysely<unknown>;
    await sql`insert into kysely_migration (name, timestamp) values ('999_from_a_newer_carebook', ${NOW.toISOString()})`.execute(db);
    await db.destroy();
    const snapshot = () => ({
      files: readdirSync(folder).sort(),
      db: createHash('sha256').update(readFileSync(dbPath(folder))).digest('hex'),
      keyring: readFileSync(keyringPath(folder), 'utf8'),
    });
    const before = snapshot();

    const core = testCore({ dataDir, now: () => NOW });
    const error = await core.fails('book.unlock', { passphrase: PASSPHRASE });
    expect(error.code).toBe('newer_version');
    expect(error.message).toMatch(/newer version of Carebook/);
    expect((await core.ok('book.status', {})).state).toBe('locked');
    await core.close();
    expect(snapshot()).toEqual(before);
  });
});
