import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { migrate } from '../db/migrate.js';
import { checkIntegrity, kyselyFor, openSqlite, type Sqlite } from '../db/open.js';
import type { Schema } from '../db/schema.js';
import { damaged } from '../errors.js';
import { dbPath } from './files.js';
import type { Keyring, SlotKind } from './keyring.js';

/** Every area's schema changes, by name (the registry's). */
export type Migrations = Readonly<Record<string, Migration>>;

/** An unlocked book: the open database and the data key, held only until it is locked. */
export class OpenBook {
  private constructor(
    readonly folder: string,
    readonly sqlite: Sqlite,
    readonly db: Kysely<Schema>,
    /** Needed to rewrap for a new passphrase; zeroed on close. */
    readonly dataKey: Buffer,
    public keyring: Keyring,
    public unlockedWith: SlotKind,
    readonly isExample: boolean,
    /** Whether the quick check ran as it opened (not when a checked lock left the file as it is: checked-mark.ts). */
    readonly checkedAtOpen: boolean,
  ) {}

  /**
   * Open the database with its key, check it, and bring its schema up to date.
   * Takes ownership of `dataKey` (zeroes it on failure or close).
   */
  static async open(
    folder: string,
    dataKey: Buffer,
    keyring: Keyring,
    options: { migrations: Migrations; unlockedWith: SlotKind; isExample?: boolean; create?: boolean; checkedAtLock?: boolean },
  ): Promise<OpenBook> {
    let sqlite: Sqlite;
    try {
      sqlite = openSqlite(dbPath(folder), dataKey, { create: options.create });
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
    const db = kyselyFor(sqlite);
    const check = !options.checkedAtLock;
    try {
      if (check && !checkIntegrity(sqlite, false)) {
        throw damaged('The database of your book is damaged, so it cannot be opened safely.');
      }
      await migrate(db as Kysely<unknown>, options.migrations);
    } catch (error) {
      sqlite.close();
      dataKey.fill(0);
      throw error;
    }
    return new OpenBook(folder, sqlite, db, dataKey, keyring, options.unlockedWith, options.isExample ?? false, check);
  }

  /** The quick integrity check, on the open database; false if it cannot even run. Never throws. */
  isIntact(): boolean {
    try {
      return checkIntegrity(this.sqlite, false);
    } catch {
      return false;
    }
  }

  /** Close the database (checkpointing the WAL into the main file) and forget the key. */
  close(): void {
    try {
      this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.sqlite.close();
      this.dataKey.fill(0);
    }
  }
}
