/// <reference types="vite/client" />
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, test } from 'vitest';
import { REGISTRY } from '../../electron/core/areas.js';
import { dbPath, keyringPath } from '../../electron/core/book/files.js';
import { newKeyring, writeKeyring } from '../../electron/core/book/keyring.js';
import { newRecoveryCode } from '../../electron/core/book/recovery-code.js';
import { migrate, migrationOrder, schemaVersion } from '../../electron/core/db/migrate.js';
import { kyselyFor, openSqlite } from '../../electron/core/db/open.js';
import type { Fixture } from './migration-fixtures/fixture.js';
import { PASSPHRASE, tempDir, testCore } from './helpers.js';

/**
 * A book made by an older Carebook must open in this one with every record intact. For each
 * migration but the newest we build a real encrypted book whose schema stops there, holding the
 * rows that Carebook could write at that version, then unlock it through the API.
 *
 * Each migration has its fixture in migration-fixtures/<its name>.ts (see fixture.ts).
 */
const MIGRATION_NAMES = migrationOrder(REGISTRY.migrations);
const LATEST_MIGRATION = MIGRATION_NAMES.at(-1)!;
const FIXTURES: Record<string, Fixture> = Object.fromEntries(
  Object.entries(import.meta.glob<{ fixture: Fixture }>('./migration-fixtures/*.ts', { eager: true }))
    .filter(([path]) => !path.endsWith('/fixture.ts'))
    .map(([path, module]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), module.fixture]),
);

const NOW = new Date('2026-03-27T12:00:00Z');

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
  await migrate(db, REGISTRY.migrations, target);
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
    expect(Object.keys(FIXTURES).sort()).toEqual(MIGRATION_NAMES);
  });

  test.each(MIGRATION_NAMES.slice(0, -1))('a book last migrated to %s opens at the latest version with all its records', async (target) => {
    const dataDir = tempDir();
    const { folder, dataKey, counts } = await olderBook(dataDir, target);
    expect((await inspect(folder, dataKey)).version).toBe(target);

    const core = testCore({ dataDir, now: () => NOW });
    expect((await core.ok('book.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    const inserted = MIGRATION_NAMES.slice(0, MIGRATION_NAMES.indexOf(target) + 1);
    for (const name of inserted) await FIXTURES[name]!.check(core, inserted);
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
