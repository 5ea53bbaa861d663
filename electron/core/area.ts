import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Api, AttentionItem, CoreMethodName, DocumentKind, Output, ParsedInput, RecordKind } from '../shared/api/index.js';
import type { AppConfigFile } from './app-config.js';
import type { OpenBook } from './book/open-book.js';
import type { Schema } from './db/schema.js';
import type { ExampleBook } from './example/example-book.js';
import type { NewHistoryLine } from './history/line.js';

/**
 * What an area is and what its handlers may use. One file, because each piece refers to the
 * others: a manifest holds handlers, handlers get a Context, and a Context carries the
 * registry of every manifest.
 */

/** What every handler may use. `book()` and `db()` throw `book_locked` when no book is open. */
export interface Context {
  config: AppConfigFile;
  now(): Date;
  /** Today in England, YYYY-MM-DD. */
  today(): string;
  book(): OpenBook;
  current(): OpenBook | null;
  setCurrent(book: OpenBook | null): void;
  /** The open book's database; inside a write, the transaction the write runs in. */
  db(): Kysely<Schema>;
  /** What the areas declared (see area.ts), for the areas that work across all of them. */
  registry: Registry;
  /** Run every area's lock hook (emptying the folder of opened copies, and so on). */
  runLockHooks(): void;
}

/**
 * What a write's handler may use as well: `record` adds a line to the book's history. The
 * write path (write-path.ts) runs the handler in one transaction and saves its lines with it,
 * so a refused write leaves neither a change nor a line.
 */
export interface WriteContext extends Context {
  record(line: NewHistoryLine): void;
}

export type Handler<I, O, C extends Context = Context> = (ctx: C, input: I) => Promise<O> | O;

/** A method's handler, typed by its contract: writes get a WriteContext, reads a plain one. */
export type HandlerFor<M extends CoreMethodName> = Handler<
  ParsedInput<M>,
  Output<M>,
  Api[M]['effect'] extends 'write' ? WriteContext : Context
>;

/** Handlers for some of the API's methods, each typed by its contract. */
export type AreaHandlers<K extends CoreMethodName> = { [M in K]: HandlerFor<M> };

/**
 * An area's manifest: everything the rest of the core needs to know about it, in one object
 * exported from `<area>/area.ts` and named once in `areas.ts`. The handler registry, Home's
 * providers, the migrations, retention, document links, the example book and the bench's
 * reads are all derived from the list of manifests, so forgetting a piece is a type error or
 * a failing test (test/core/areas.test.ts), never a silent gap.
 */
export interface CoreArea<M extends CoreMethodName = CoreMethodName> {
  /** The folder's name, which is also the first part of its methods ("workers" for workers.get). */
  name: string;
  /** What the employer calls it, for the history's filter: "Checks". */
  label: string;
  handlers: AreaHandlers<M>;
  /**
   * Write methods that do not go through the history path, each with the reason (opening and
   * locking the book change no record). Every other write leaves a line in the book's history.
   */
  unrecorded?: { [K in M]?: string };
  /** Inputs for the bench to time this area's read methods with, taken from the large book. */
  benchInputs?: (ctx: Context) => Promise<{ [K in M]?: unknown }>;
  /** Its items for Home. */
  attention?: (ctx: Context) => Promise<AttentionItem[]>;
  /**
   * Its schema changes, by name. A name is `<YYYY-MM-DD-HHMM>_<area>_<what>`: the time it was
   * written, then the area (see db/migrate.ts for why names cannot collide or run out of order).
   * The four written before areas had manifests keep their first names.
   */
  migrations?: Record<string, Migration>;
  /** The tables it owns, each with what its rows are (see TableRole). */
  tables: { [T in keyof Schema]?: TableRole };
  /** The kinds of record about a PA this area keeps, with their name in the employer's words. */
  recordKinds?: { [K in RecordKind]?: string };
  /** Documents: which of its tables a document may be filed against, and where a document of each kind belongs. */
  documents?: {
    linkTo?: (keyof Schema)[];
    kinds?: { [K in DocumentKind]?: RecordKind };
  };
  /** Its part of the example book (and so of the bench's large book). */
  example?: (book: ExampleBook) => Promise<void>;
  /** Run when the book locks, and when the core starts and closes: clear what must not outlive a session. */
  onLock?: (dataDir: string) => void;
}

export type TableName = keyof Schema;

/** What a table's rows are, so retention knows what to count and delete, and what it must leave. */
export type TableRole =
  /** Each row is one record of this kind about one PA, named by its `workerId` column (or, for the PA's own row, its `id`). */
  | { kind: RecordKind; by?: 'id' | 'workerId' }
  /** Each row is a document about one PA, filed under the kind of the record it belongs to, else under its document kind. */
  | { documents: true }
  /** Each row belongs to a row of another table and goes when that row goes (a foreign key cascades). */
  | { partOf: TableName }
  /** The book's history: lines about changes, deleted with the records they describe. */
  | { history: true }
  /** Not about any one PA; the reason says what it holds. */
  | { bookWide: string };

/** Everything the areas declared, merged once (see areas.ts), with each piece named by its area. */
export interface Registry {
  areas: readonly CoreArea[];
  /** The areas whose writes leave lines in the history, in the order of areas.ts (the history's filter). */
  recordedAreas: readonly { area: string; label: string }[];
  handlers: { [M in CoreMethodName]: HandlerFor<M> };
  /** Write methods that skip the history path, with why. */
  unrecorded: ReadonlyMap<string, string>;
  attention: readonly ((ctx: Context) => Promise<AttentionItem[]>)[];
  migrations: Readonly<Record<string, Migration>>;
  /** Which area owns each migration. */
  migrationArea: ReadonlyMap<string, string>;
  tables: ReadonlyMap<TableName, { area: string; role: TableRole }>;
  recordKinds: ReadonlyMap<RecordKind, { area: string; label: string }>;
  /** Tables whose records a document may be filed against. */
  linkable: readonly TableName[];
  /** Where a document of each kind belongs when it is not filed against a record. */
  documentKinds: ReadonlyMap<DocumentKind, RecordKind>;
  examples: readonly ((book: ExampleBook) => Promise<void>)[];
  lockHooks: readonly ((dataDir: string) => void)[];
}
