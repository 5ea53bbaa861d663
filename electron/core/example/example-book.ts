import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import type { Sqlite } from '../db/open.js';
import type { NewHistoryLine } from '../history/line.js';

export interface ExampleSize {
  /** How many PAs the book holds. */
  pas: number;
  /** How many years of history. */
  years: number;
}

/** The example book people explore from the first screen. */
export const SMALL: ExampleSize = { pas: 4, years: 2 };
/** The benchmark's large book: a tiny agency's ten years. */
export const LARGE: ExampleSize = { pas: 50, years: 10 };

/** A history line for a made-up record, with when it was "entered" and by which method. */
export type ExampleLine = NewHistoryLine & { at: string; method: string };

/**
 * What an area's example step gets: the book (inside one transaction), its size, the clock,
 * a seeded sequence of its own, and a way to add history lines for the records it makes, as if
 * they had been entered through Carebook. Steps run in the order of areas.ts, so each can read
 * what the steps before it made (the PAs, say).
 */
export interface ExampleBook {
  db: Kysely<Schema>;
  /**
   * The same connection's own handle, inside the same transaction, for the large book's bulk
   * rows (a prepared statement run 250,000 times, not Kysely compiling 500 huge inserts); absent
   * when the example is written to another database (test/core/postgres).
   */
  sqlite?: Sqlite;
  size: ExampleSize;
  now: Date;
  /** Today in England, YYYY-MM-DD. */
  today: string;
  /** A seeded sequence in [0, 1), the same every time for the same name and size. */
  random(name: string): () => number;
  record(line: ExampleLine): void;
}

/** mulberry32: a small, fast, seeded sequence of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a step's name and the book's size. */
export function seedFor(name: string, size: ExampleSize): number {
  let h = 0x5eed + size.pas * 131 + size.years;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** Insert rows in batches that keep each statement under SQLite's limit on bound values. */
export async function insertRows<T extends keyof Schema>(db: Kysely<Schema>, table: T, rows: readonly Schema[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 100) as never)
      .execute();
  }
}

/** Made-up ids shaped like the version-4 UUIDs randomUUID makes, from a seeded sequence. */
export function idMaker(random: () => number): () => string {
  return () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
}
