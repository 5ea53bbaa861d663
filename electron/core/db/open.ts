import Database from 'better-sqlite3-multiple-ciphers';
import { CamelCasePlugin, Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { CoreError, damaged } from '../errors.js';
import { CIPHER } from '../book/keyring.js';
import type { Schema } from './schema.js';

export type Sqlite = Database.Database;

/**
 * Open (or create) a book's database with its raw 256-bit key.
 * The cipher is pinned before keying (SQLCipher v4 scheme, so standard SQLCipher tools can
 * open a file as a last resort) and read back afterwards. See
 * https://utelle.github.io/SQLite3MultipleCiphers/docs/configuration/config_sql_pragmas/
 * `key` null opens a plain database: only the benchmark does that, to measure the cipher's cost.
 */
export function openSqlite(file: string, key: Buffer | null, options: { create?: boolean } = {}): Sqlite {
  let db: Sqlite;
  try {
    db = new Database(file, { fileMustExist: !options.create });
  } catch {
    throw damaged('The database file of your book is missing.');
  }
  try {
    if (key) {
      db.pragma(`cipher='${CIPHER.scheme}'`);
      db.pragma(`legacy=${CIPHER.legacy}`);
      // A raw key as a blob literal: no second key derivation inside SQLite.
      db.pragma(`key="x'${key.toString('hex')}'"`);
      if (db.pragma('cipher', { simple: true }) !== CIPHER.scheme) {
        throw damaged('The database of your book could not be opened with the right encryption.');
      }
    }
    // Proves the key: reading the schema fails with SQLITE_NOTADB if the key or file is wrong.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    for (const [set] of REQUIRED_PRAGMAS) db.pragma(set);
    db.pragma(`cache_size = -${CACHE_KIB}`);
    refuseUnsafeSettings(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof CoreError) throw error;
    throw damaged('The database of your book is damaged or is not a Carebook book, so it cannot be opened.');
  }
}

/**
 * SQLite's page cache for each open database, in KiB: 16 MB, the build's default. A page not in
 * the cache is read and decrypted again, so the cache is where an encrypted book catches up
 * with a plain one: with 8 MB the bench's encrypted workload ran ×1.28–1.59 slower than plain
 * (its table scans ×1.9), with 16 MB ×0.95–1.20 (target ≤ 1.3×). On the large book a session
 * fills it; the core still rests well under its memory target once idle (idle-memory.ts).
 */
const CACHE_KIB = 16384;

/**
 * The settings the book's safety rests on, each set at open and read back: a file system or
 * build that quietly ignores one (WAL on some network drives, say) is refused, not trusted.
 */
export const REQUIRED_PRAGMAS: readonly (readonly [set: string, read: string, expected: string | number])[] = [
  ['journal_mode = WAL', 'journal_mode', 'wal'], // a crash mid-write never tears the main file
  ['synchronous = FULL', 'synchronous', 2], // every commit reaches the disk before we say it is saved
  ['foreign_keys = ON', 'foreign_keys', 1],
  ['secure_delete = ON', 'secure_delete', 1], // deleted records are overwritten, not left in free pages
  ['mmap_size = 0', 'mmap_size', 0], // no memory-mapped I/O: an I/O error is an error, not a crash
];

/** Read each required setting back; refuse the book if any is not what it must be. */
export function refuseUnsafeSettings(db: Sqlite): void {
  for (const [, read, expected] of REQUIRED_PRAGMAS) {
    const actual = db.pragma(read, { simple: true }) as unknown;
    if (String(actual).toLowerCase() !== String(expected)) {
      throw new CoreError(
        'folder_problem',
        'Carebook cannot keep your book safe in this folder: the drive it is on does not support the way Carebook saves. ' +
          'Move the book’s folder to this computer’s own drive (not a network or cloud folder), then open it there.',
      );
    }
  }
}

/** `quick_check` at unlock (fast); `integrity_check` before each backup (thorough). */
export function checkIntegrity(db: Sqlite, thorough: boolean): boolean {
  const rows = db.pragma(thorough ? 'integrity_check' : 'quick_check') as { [k: string]: string }[];
  return rows.length === 1 && Object.values(rows[0]!)[0] === 'ok';
}

export function kyselyFor(db: Sqlite): Kysely<Schema> {
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database: reusingStatements(db) }), plugins: [new CamelCasePlugin()] });
}

/** Distinct SQL texts kept prepared; the app has a few hundred at most. */
const STATEMENTS_KEPT = 1000;

/**
 * Kysely prepares a statement for every query, and a statement that better-sqlite3 has
 * prepared keeps its native memory until the database closes, garbage collection or not: the
 * bench measured about 3 KB a query, so the core grew by 0.25 MB each time Home loaded. Reusing
 * one prepared statement per SQL text keeps memory flat (calls run one at a time, and Kysely
 * runs each statement to completion, so a statement is never in use twice at once).
 */
export function reusingStatements(db: Sqlite): SqliteDatabase {
  const prepared = new Map<string, Database.Statement>();
  return {
    close() {
      prepared.clear();
      db.close();
    },
    prepare(sql: string) {
      let statement = prepared.get(sql);
      if (!statement) {
        if (prepared.size >= STATEMENTS_KEPT) prepared.delete(prepared.keys().next().value!);
        statement = db.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}
