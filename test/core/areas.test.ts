import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { describe, expect, test } from 'vitest';
import type { CoreArea, Registry } from '../../electron/core/area.js';
import { REGISTRY } from '../../electron/core/areas.js';
import { executedMigrations, migrate, MIGRATION_NAME, migrationOrder } from '../../electron/core/db/migrate.js';
import { kyselyFor, openSqlite } from '../../electron/core/db/open.js';
import { buildRegistry } from '../../electron/core/registry.js';
import { api, DOCUMENT_KINDS, HOST_PREFIX, isWrite, RECORD_KINDS, type CoreMethodName } from '../../electron/shared/api/index.js';
import { RETENTION } from '../../electron/shared/reference/retention.js';
import { tempDir } from './helpers.js';

/**
 * The manifests (electron/core/<area>/area.ts) are the only lists an area adds itself to, so
 * these tests are what stop a piece being forgotten: a table no area owns would be left out of
 * "delete records of this kind"; a kind of record with no rule could never be deleted.
 */

const LEGACY_MIGRATIONS = ['001_book', '002_employer', '003_backup_problem', '004_people'];

/** The tables and columns of a book made with every migration, read from SQLite itself. */
async function tablesOfANewBook(): Promise<Map<string, string[]>> {
  const db = kyselyFor(openSqlite(`${tempDir()}/book.db`, null, { create: true })) as Kysely<unknown>;
  try {
    await migrate(db, REGISTRY.migrations);
    const tables = await db.introspection.getTables();
    return new Map(tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
  } finally {
    await db.destroy();
  }
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Everything wrong with the manifests, given the tables a real book has; empty when they are whole. */
function manifestProblems(registry: Registry, tables: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [table, columns] of tables) {
    const owner = registry.tables.get(camel(table) as never);
    if (!owner) {
      problems.push(`table ${table} is in the book but no area's manifest owns it`);
      continue;
    }
    const { role } = owner;
    if ('kind' in role && !columns.includes(role.by === 'id' ? 'id' : 'worker_id')) problems.push(`table ${table} holds ${role.kind} records but has no column naming the PA`);
    if ('partOf' in role && !registry.tables.has(role.partOf)) problems.push(`table ${table} is part of ${role.partOf}, which no area owns`);
    if ('bookWide' in role && role.bookWide.length < 10) problems.push(`table ${table} is book-wide without saying what it holds`);
  }
  for (const table of registry.tables.keys()) {
    if (![...tables.keys()].some((t) => camel(t) === table)) problems.push(`a manifest owns table ${table}, but no migration makes it`);
  }
  for (const kind of RECORD_KINDS) {
    if (!registry.recordKinds.get(kind)?.label) problems.push(`record kind ${kind} has no name in any manifest`);
    if (!RETENTION[kind]?.length) problems.push(`record kind ${kind} has no retention rule`);
    const held = [...registry.tables.values()].some(({ role }) => 'kind' in role && role.kind === kind);
    // "applicant" is everything about someone who never started, not rows of its own.
    if (kind !== 'applicant' && !held) problems.push(`record kind ${kind} is held by no table`);
  }
  for (const kind of DOCUMENT_KINDS) {
    if (!registry.documentKinds.has(kind)) problems.push(`document kind ${kind} is filed under no kind of record`);
  }
  for (const table of registry.linkable) {
    const role = registry.tables.get(table)?.role;
    if (!role || !('kind' in role)) problems.push(`documents may be filed against ${table}, which holds no kind of record`);
  }
  return problems;
}

describe('the areas, as their manifests declare them', () => {
  test('every table belongs to an area, and every kind of record and document has its rule and name', async () => {
    expect(manifestProblems(REGISTRY, await tablesOfANewBook())).toEqual([]);
  });

  test('a table or record kind left out of a manifest is caught', async () => {
    const tables = await tablesOfANewBook();
    const forgetful = (drop: (a: CoreArea) => CoreArea) => buildRegistry(REGISTRY.areas.map((a) => drop(a)));
    const withoutHistoryTable = forgetful((a) => (a.name === 'history' ? { ...a, tables: {} } : a));
    expect(manifestProblems(withoutHistoryTable, tables)).toEqual(["table history_line is in the book but no area's manifest owns it"]);
    const withoutContractsKind = forgetful((a) => (a.name === 'contracts' ? { ...a, recordKinds: {}, tables: { contractVersion: { bookWide: 'forgotten what it is' } } } : a));
    expect(manifestProblems(withoutContractsKind, tables)).toEqual([
      'record kind contracts has no name in any manifest',
      'record kind contracts is held by no table',
      'documents may be filed against contractVersion, which holds no kind of record',
    ]);
  });

  test('every method of the contract is answered by the area it is named after, once', () => {
    const core = Object.keys(api).filter((m) => !m.startsWith(HOST_PREFIX)).sort();
    expect(Object.keys(REGISTRY.handlers).sort()).toEqual(core);
    expect(() => buildRegistry([...REGISTRY.areas, REGISTRY.areas.find((a) => a.name === 'settings')!])).toThrow('Method settings.get is declared twice');
  });

  test('every write is recorded in the history, unless its area says why not', () => {
    for (const [method, reason] of REGISTRY.unrecorded) {
      expect(isWrite(method as CoreMethodName), method).toBe(true);
      expect(reason.length, method).toBeGreaterThan(20);
    }
    expect([...REGISTRY.unrecorded.keys()].every((m) => m.startsWith('book.'))).toBe(true);
  });
});

describe('migrations, owned by the areas', () => {
  test('names are unique, carry the area that owns them, and each area lists its own in the order they run', () => {
    const names = migrationOrder(REGISTRY.migrations);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      if (LEGACY_MIGRATIONS.includes(name)) continue;
      const match = MIGRATION_NAME.exec(name);
      expect(match, `${name} is not <YYYY-MM-DD-HHMM>_<area>_<what>`).not.toBeNull();
      expect(match![2], name).toBe(REGISTRY.migrationArea.get(name));
    }
    // The first four were written before areas had manifests and keep their names, which run first.
    expect(names.slice(0, 4)).toEqual(LEGACY_MIGRATIONS);
    for (const area of REGISTRY.areas) {
      const own = Object.keys(area.migrations ?? {});
      expect(own, area.name).toEqual([...own].sort());
    }
    expect(() => buildRegistry([...REGISTRY.areas, { name: 'copy', label: 'Copy', handlers: {}, tables: {}, migrations: { '001_book': {} as Migration } }])).toThrow(
      'Migration 001_book is declared twice',
    );
  });

  test('two areas written at the same time can land in either order: a book that ran the later one still runs the earlier', async () => {
    const table = (name: string): Migration => ({ up: (db) => db.schema.createTable(name).addColumn('id', 'text').execute() });
    const first = { ...REGISTRY.migrations, '2030-01-02-0900_pay_rates': table('pay_rate_example') };
    const both = { ...first, '2030-01-01-0900_training_topics': table('training_topic') };
    const db = kyselyFor(openSqlite(`${tempDir()}/book.db`, null, { create: true })) as Kysely<unknown>;
    try {
      await migrate(db, first); // the pay branch landed first
      await migrate(db, both); // then training, whose name sorts earlier
      expect(await executedMigrations(db)).toEqual(migrationOrder(both));
      await sql`insert into training_topic (id) values ('t')`.execute(db);
    } finally {
      await db.destroy();
    }
  });
});
