import { sql, SqliteDialect, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REGISTRY } from '../../electron/core/areas.js';
import { addDbsStatusCheck, saveDbs } from '../../electron/core/checks/store.js';
import { insertVersion } from '../../electron/core/contracts/store.js';
import { RowsChanged } from '../../electron/core/db/atomic.js';
import { executedMigrations, migrationOrder } from '../../electron/core/db/migrate.js';
import { reusingStatements } from '../../electron/core/db/open.js';
import { BYTES, identity, INT64, portablePlugins } from '../../electron/core/db/portable.js';
import type { Schema } from '../../electron/core/db/schema.js';
import { insertDocument, readDocument } from '../../electron/core/documents/store.js';
import { insertLines } from '../../electron/core/history/store.js';
import { deleteWorker, insertWorkers, newWorkerRow } from '../../electron/core/workers/store.js';
import { dbsSchema, workerDetailsSchema } from '../../electron/shared/api/index.js';
import { contextOn } from './helpers.js';
import { camel, dump, fillExample, twoBooks, type TwoBooks } from './postgres/books.js';
import { postgresShape, sqliteShapeOnPostgres } from './postgres/shape.js';
import { aboutExample, comparable, everyWrite, READS } from './postgres/stores.js';

/**
 * The book on PostgreSQL, one day (issue 7): every migration runs on PGlite, a real PostgreSQL
 * in this process, through Kysely's own PostgresDialect with db/portable.ts's plugin. The
 * schema it makes is compared with a SQLite book's, the example book must come out row for
 * row the same, and the core's store functions must give the same answers on both.
 */

const NOW = new Date('2026-05-01T12:00:00Z');
const TODAY = '2026-05-01';

let books: TwoBooks;
beforeAll(async () => {
  books = await twoBooks();
  await fillExample(books.sqlite, NOW);
  await fillExample(books.postgres, NOW);
});
afterAll(() => books?.close());

const DATABASES = ['sqlite', 'postgres'] as const;
type Which = (typeof DATABASES)[number];

const UNDO = new Error('undo');
/** Run work in a transaction and roll it back, so each test leaves the example book as it was. */
async function rolledBack<T>(db: Kysely<Schema>, work: (tx: Kysely<Schema>) => Promise<T>): Promise<T> {
  let result: T;
  const outcome = await db
    .transaction()
    .execute(async (tx) => {
      result = await work(tx);
      throw UNDO;
    })
    .catch((error: unknown) => error);
  if (outcome !== UNDO) throw outcome;
  return result!;
}

const count = async (db: Kysely<Schema>, table: string, column: string, value: string) =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${value}`.execute(db)).rows[0]!.n);

describe('the schema on PostgreSQL', () => {
  test('every migration runs, in the same order as on SQLite', async () => {
    const names = migrationOrder(REGISTRY.migrations);
    expect(await executedMigrations(books.postgres as Kysely<unknown>)).toEqual(names);
    expect(await executedMigrations(books.sqlite as Kysely<unknown>)).toEqual(names);
  });

  test('every table and column of a SQLite book, each type in its family (integer → bigint, blob → bytea)', async () => {
    const expected = await sqliteShapeOnPostgres(books.sqlite as Kysely<unknown>, books.raw);
    const actual = await postgresShape(books.postgres as Kysely<unknown>);
    expect(actual.columns).toEqual(expected.columns);
    // The comparison is not vacuous: the SQLite book has its tables, and numbered ids among them.
    expect(Object.keys(expected.columns)).toEqual(expect.arrayContaining(['worker', 'document_content', 'backup_log', 'history_line']));
    expect(actual.columns['backup_log']?.['id']).toEqual({ type: 'int8', nullable: false, hasDefault: false, numbered: true });
    expect(actual.columns['document_content']?.['data']?.type).toBe('bytea');
  });

  test('the same foreign keys, each cascading as on SQLite, and the same indexes', async () => {
    const expected = await sqliteShapeOnPostgres(books.sqlite as Kysely<unknown>, books.raw);
    const actual = await postgresShape(books.postgres as Kysely<unknown>);
    expect(actual.foreignKeys).toEqual(expected.foreignKeys);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(expected.foreignKeys).toContainEqual({ from: 'dbs_check.worker_id', to: 'worker.id', onDelete: 'cascade' });
    expect(expected.indexes).toContainEqual({ name: 'history_line_by_worker', on: 'history_line(worker_id, id)' });
  });

  test('the portable names compile to what the landed migrations wrote on SQLite, and to PostgreSQL’s own words there', () => {
    const table = (db: Kysely<Schema>) =>
      db.schema.createTable('t').addColumn('id', INT64, identity).addColumn('data', BYTES, (c) => c.notNull()).addColumn('bytes', INT64).compile().sql;
    expect(table(books.sqlite)).toBe('create table "t" ("id" integer primary key autoincrement, "data" blob not null, "bytes" integer)');
    expect(table(books.postgres)).toBe('create table "t" ("id" bigint generated by default as identity primary key, "data" bytea not null, "bytes" bigint)');
    // Only schema changes are rewritten: a cast in a query keeps the type its author wrote.
    expect(books.postgres.selectFrom('backupLog').select((eb) => eb.cast('bytes', 'integer').as('n')).compile().sql).toContain('as integer)');
    expect(portablePlugins(new SqliteDialect({ database: reusingStatements(books.raw) }))).toEqual([]);
  });
});

describe('PostgreSQL holds and answers what SQLite does', () => {
  test('the example book, row for row in every table, bytes included', async () => {
    const tables = (await books.sqlite.introspection.getTables()).map((t) => t.name);
    let rows = 0;
    for (const table of tables) {
      const [onSqlite, onPostgres] = [await dump(books.sqlite, camel(table)), await dump(books.postgres, camel(table))];
      expect(onPostgres, table).toEqual(onSqlite);
      rows += onSqlite.length;
    }
    expect(rows).toBeGreaterThan(100);
    expect((await dump(books.postgres, 'documentContent')).length).toBeGreaterThan(0);
  });

  test.for(Object.keys(READS))('%s gives the same answer', async (name) => {
    const about = await aboutExample(books.sqlite);
    const read = READS[name]!;
    const onSqlite = comparable(await read(books.sqlite, about));
    expect(comparable(await read(books.postgres, about))).toEqual(onSqlite);
    expect(onSqlite).not.toEqual([]); // a read of nothing would prove nothing
  });

  test('every area’s Home items are the same', async () => {
    for (const provider of REGISTRY.attention) {
      const onSqlite = await provider(contextOn(books.sqlite, TODAY, NOW));
      expect(await provider(contextOn(books.postgres, TODAY, NOW))).toEqual(onSqlite);
    }
  });
});

describe.for(DATABASES)('on %s', (which: Which) => {
  const db = () => books[which];
  const details = workerDetailsSchema.parse({ fullName: 'Casey Cascade', startDate: '2026-01-05' });

  test('numbered ids grow from the last one; counts past 2^31 fit', async () => {
    await rolledBack(db(), async (tx) => {
      const last = Number((await sql<{ n: number }>`select max(id) as n from backup_log`.execute(tx)).rows[0]!.n);
      const big = { createdAt: NOW.toISOString(), fileName: 'big.carebook-backup', problem: null };
      await tx.insertInto('backupLog').values([{ ...big, bytes: 5_000_000_000 }, { ...big, bytes: Number.MAX_SAFE_INTEGER }]).execute();
      expect(await tx.selectFrom('backupLog').select(['id', 'bytes']).where('id', '>', last).orderBy('id').execute()).toEqual([
        { id: last + 1, bytes: 5_000_000_000 },
        { id: last + 2, bytes: Number.MAX_SAFE_INTEGER },
      ]);
      const lastLine = Number((await sql<{ n: number }>`select max(id) as n from history_line`.execute(tx)).rows[0]!.n);
      const line = (summary: string) => ({ at: NOW.toISOString(), area: 'book', method: 'book.backup', summary });
      await insertLines(tx, [line('one'), line('two')]);
      const lines = await tx.selectFrom('historyLine').select('id').where('id', '>', lastLine).orderBy('id').execute();
      expect(lines.map((r) => r.id)).toEqual([lastLine + 1, lastLine + 2]);
      const { document } = await aboutExample(tx);
      await tx.updateTable('document').set({ bytes: 3 * 2 ** 31 }).where('id', '=', document).execute();
      expect((await readDocument(tx, document)).bytes).toBe(3 * 2 ** 31);
    });
  });

  test('deleting a PA deletes every record about them (the foreign keys cascade)', async () => {
    const pa = newWorkerRow(details, 'active', NOW);
    await insertWorkers(db(), [pa]);
    const basic = dbsSchema.parse({ workerId: pa.id, level: 'basic', adultsBarredList: false, childrenBarredList: false, issuedOn: '2026-01-02' });
    const check = await saveDbs(db(), basic, NOW);
    await addDbsStatusCheck(db(), { dbsCheckId: check.id, checkedOn: '2026-02-01', result: 'no-change', note: '' });
    const certificate = { workerId: pa.id, kind: 'dbs', label: 'Certificate', fileName: 'dbs.pdf', mediaType: 'application/pdf', linkedId: check.id } as const;
    const doc = await insertDocument(db(), certificate, new Uint8Array([1, 2, 3]), NOW);
    const example = await db().selectFrom('contractVersion').select('terms').orderBy('id').limit(1).executeTakeFirstOrThrow();
    await insertVersion(db(), { ...JSON.parse(example.terms), workerId: pa.id }, 1, NOW);
    await insertLines(db(), [{ at: NOW.toISOString(), area: 'checks', method: 'checks.saveDbs', workerId: pa.id, kind: 'recruitment', summary: 'A DBS check' }]);
    const held = () =>
      Promise.all([
        count(db(), 'dbs_check', 'worker_id', pa.id),
        count(db(), 'dbs_status_check', 'dbs_check_id', check.id),
        count(db(), 'document', 'worker_id', pa.id),
        count(db(), 'document_content', 'document_id', doc.id),
        count(db(), 'contract_version', 'worker_id', pa.id),
        count(db(), 'history_line', 'worker_id', pa.id),
      ]);
    expect(await held()).toEqual([1, 1, 1, 1, 1, 1]);
    await deleteWorker(db(), pa.id);
    expect(await held()).toEqual([0, 0, 0, 0, 0, 0]);
  });

  test('CHECK, UNIQUE and foreign-key constraints refuse bad rows', async () => {
    const employer = await db().selectFrom('employer').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    await expect(db().insertInto('employer').values({ ...employer, id: 2 }).execute()).rejects.toThrow(/check constraint/i);
    const pa = newWorkerRow(details, 'active', NOW);
    await expect(insertWorkers(db(), [{ ...pa, status: 'retired' }])).rejects.toThrow(/check constraint/i);
    const version = await db().selectFrom('contractVersion').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow();
    await expect(db().insertInto('contractVersion').values({ ...version, id: pa.id }).execute()).rejects.toThrow(/unique constraint/i);
    const orphan = {
      id: pa.id,
      workerId: pa.id,
      level: 'basic',
      adultsBarredList: 0,
      childrenBarredList: 0,
      certificateNumber: '',
      issuedOn: '2026-01-02',
      updateServiceJoinedOn: '',
      statusCheckConsent: 0,
      disclosureNote: '',
      createdAt: NOW.toISOString(),
    };
    await expect(db().insertInto('dbsCheck').values(orphan).execute()).rejects.toThrow(/foreign key constraint/i);
    // The same rows, made good, are accepted: each refusal was the constraint's.
    await rolledBack(db(), async (tx) => {
      await tx.insertInto('worker').values(pa).execute();
      await tx.insertInto('dbsCheck').values(orphan).execute();
      await tx.insertInto('contractVersion').values({ ...version, id: pa.id, version: 99 }).execute();
    });
    expect(await count(db(), 'worker', 'id', pa.id)).toBe(0);
  });

  test('every store function writes what it should and reads it back', async () => {
    const ran = await rolledBack(db(), (tx) => everyWrite(tx, NOW));
    expect(ran).toBe(43);
  });
});

test('the write path counts changed rows the same way on both: from each statement’s own result', async () => {
  for (const db of [books.sqlite, books.postgres]) {
    const changed = new RowsChanged();
    await rolledBack(db, async (tx) => {
      const counted = tx.withPlugin(changed);
      await counted.insertInto('setting').values({ key: 'counted', value: '1' }).execute();
      await counted.updateTable('setting').set({ value: '2' }).where('key', '=', 'counted').execute();
      await counted.selectFrom('setting').selectAll().execute();
    });
    expect(changed.count).toBe(2);
  }
});
