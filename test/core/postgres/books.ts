import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely } from 'kysely';
import { REGISTRY } from '../../../electron/core/areas.js';
import type { OpenBook } from '../../../electron/core/book/open-book.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { kyselyFor, openSqlite, type Sqlite } from '../../../electron/core/db/open.js';
import { portablePlugins } from '../../../electron/core/db/portable.js';
import type { Schema } from '../../../electron/core/db/schema.js';
import { SMALL } from '../../../electron/core/example/example-book.js';
import { fillExampleBook } from '../../../electron/core/example/generate.js';
import { pgliteDialect } from './pglite-dialect.js';

/** The same book twice: a plain SQLite book as the app makes it, and one on PostgreSQL. */
export interface TwoBooks {
  sqlite: Kysely<Schema>;
  postgres: Kysely<Schema>;
  /** The SQLite book's own handle, for the pragmas that describe its schema. */
  raw: Sqlite;
  close(): Promise<void>;
}

/** Both books migrated the same way, on a Kysely set up as db/open.ts sets one up (plus the portable plugins). */
export async function twoBooks(): Promise<TwoBooks> {
  const dir = mkdtempSync(join(tmpdir(), 'carebook-postgres-'));
  const raw = openSqlite(join(dir, 'book.db'), null, { create: true });
  const sqlite = kyselyFor(raw);
  const pg = new PGlite(); // in memory: nothing to clean up but the instance
  const dialect = pgliteDialect(pg);
  const postgres = new Kysely<Schema>({ dialect, plugins: [new CamelCasePlugin(), ...portablePlugins(dialect)] });
  await migrate(sqlite as Kysely<unknown>, REGISTRY.migrations);
  await migrate(postgres as Kysely<unknown>, REGISTRY.migrations);
  return {
    sqlite,
    postgres,
    raw,
    async close() {
      await sqlite.destroy();
      await postgres.destroy();
      await pg.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fill a book with the example book's made-up employer and PAs, exactly as the app does (seeded, so both books get the same rows). */
export function fillExample(db: Kysely<Schema>, now: Date): Promise<void> {
  return fillExampleBook({ db } as OpenBook, SMALL, now, REGISTRY.examples);
}

/** Every row of a table in a form both databases can be compared in: bytes as hex, rows in a fixed order. */
export async function dump(db: Kysely<Schema>, table: string): Promise<Record<string, unknown>[]> {
  const rows = await (db as unknown as Kysely<Record<string, Record<string, unknown>>>).selectFrom(table).selectAll().execute();
  const plain = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('hex')}` : v])));
  return plain.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** snake_case, as the tables are named in SQL, to camelCase, as Kysely's CamelCasePlugin names them. */
export const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
