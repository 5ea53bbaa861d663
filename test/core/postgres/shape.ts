import { sql, type Kysely } from 'kysely';
import type { Sqlite } from '../../../electron/core/db/open.js';

/**
 * What a book's schema is, in words both databases can be compared in: each table's columns
 * (type, whether null is allowed, whether there is a default, whether the database numbers
 * it), its foreign keys and the indexes its migrations made.
 */
export interface ColumnShape {
  type: string;
  nullable: boolean;
  hasDefault: boolean;
  numbered: boolean;
}
export type Columns = Record<string, Record<string, ColumnShape>>;
export interface ForeignKey {
  from: string;
  to: string;
  onDelete: string;
}
export interface Index {
  name: string;
  on: string;
}
export interface Shape {
  columns: Columns;
  foreignKeys: ForeignKey[];
  indexes: Index[];
}

/**
 * SQLite's column types and the PostgreSQL type each must become (db/portable.ts). A type a
 * new migration brings that is not here fails the comparison until it is given a meaning.
 */
const POSTGRES_TYPE: Record<string, string> = { integer: 'int8', text: 'text', blob: 'bytea' };

const sorted = <T>(list: T[]) => list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * The PostgreSQL schema a SQLite book's schema should become: the same tables and columns,
 * each type in its PostgreSQL family. Two SQLite quirks are allowed for: a text primary key
 * accepts null in SQLite (PostgreSQL's never does), and a bare `integer primary key` is
 * SQLite's rowid, numbered only when an insert leaves it out (only the employer's single row,
 * always id 1, has one), so only columns declared `autoincrement` must be numbered.
 */
export async function sqliteShapeOnPostgres(db: Kysely<unknown>, raw: Sqlite): Promise<Shape> {
  const columns: Columns = {};
  const foreignKeys: ForeignKey[] = [];
  for (const table of await db.introspection.getTables()) {
    const declared = (raw.prepare('select sql from sqlite_master where name = ?').pluck().get(table.name) as string).toLowerCase();
    const primaryKey = new Set((raw.pragma(`table_info(${table.name})`) as { name: string; pk: number }[]).filter((c) => c.pk > 0).map((c) => c.name));
    columns[table.name] = Object.fromEntries(
      table.columns.map((c) => [
        c.name,
        {
          type: POSTGRES_TYPE[c.dataType.toLowerCase()] ?? `no PostgreSQL type for ${c.dataType}`,
          nullable: c.isNullable && !primaryKey.has(c.name),
          hasDefault: c.hasDefaultValue,
          numbered: new RegExp(`"${c.name}" integer primary key autoincrement`).test(declared),
        },
      ]),
    );
    for (const fk of raw.pragma(`foreign_key_list(${table.name})`) as { table: string; from: string; to: string; on_delete: string }[]) {
      foreignKeys.push({ from: `${table.name}.${fk.from}`, to: `${fk.table}.${fk.to}`, onDelete: fk.on_delete.toLowerCase() });
    }
  }
  // Indexes the migrations made (SQLite's own, for primary keys and unique constraints, have no sql).
  const made = raw.prepare("select name, tbl_name as tbl from sqlite_master where type = 'index' and sql is not null").all() as { name: string; tbl: string }[];
  const indexes = made.map((i) => {
    const columnsOf = (raw.pragma(`index_info(${i.name})`) as { name: string }[]).map((c) => c.name);
    return { name: i.name, on: `${i.tbl}(${columnsOf.join(', ')})` };
  });
  return { columns, foreignKeys: sorted(foreignKeys), indexes: sorted(indexes) };
}

const DELETE_RULE: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

/** The same description read from PostgreSQL's catalogue. */
export async function postgresShape(db: Kysely<unknown>): Promise<Shape> {
  const plain = db.withoutPlugins(); // the catalogue's own names, not camelCased
  const columns: Columns = {};
  for (const table of await db.introspection.getTables()) {
    columns[table.name] = Object.fromEntries(
      table.columns.map((c) => [c.name, { type: c.dataType, nullable: c.isNullable, hasDefault: c.hasDefaultValue, numbered: c.isAutoIncrementing }]),
    );
  }
  const { rows: keys } = await sql<{ table: string; column: string; target: string; target_column: string; rule: string }>`
    select t.relname as table, a.attname as column, r.relname as target, ra.attname as target_column, c.confdeltype as rule
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_class r on r.oid = c.confrelid
    join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
    where c.contype = 'f'`.execute(plain);
  // Indexes not made for a constraint (a primary key or a unique constraint has its own).
  const { rows: indexes } = await sql<{ name: string; table: string; columns: string }>`
    select i.relname as name, t.relname as table, string_agg(a.attname, ', ' order by k.n) as columns
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_namespace ns on ns.oid = t.relnamespace
    cross join lateral unnest(x.indkey) with ordinality as k(attnum, n)
    join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
    where ns.nspname = 'public' and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
    group by i.relname, t.relname`.execute(plain);
  return {
    columns,
    foreignKeys: sorted(keys.map((k) => ({ from: `${k.table}.${k.column}`, to: `${k.target}.${k.target_column}`, onDelete: DELETE_RULE[k.rule] ?? k.rule }))),
    indexes: sorted(indexes.map((i) => ({ name: i.name, on: `${i.table}(${i.columns})` }))),
  };
}
