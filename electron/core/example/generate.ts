import type { Registry } from '../area.js';
import type { OpenBook } from '../book/open-book.js';
import { londonDate } from '../../shared/dates.js';
import { insertLines, type StoredLine } from '../history/index.js';
import { seeded, seedFor, type ExampleBook, type ExampleLine, type ExampleSize } from './example-book.js';

/**
 * Fill an open, empty book with a fictional employer and their PAs: each area's example step
 * (from its manifest), in the order of areas.ts, inside one transaction, then the history
 * lines the steps gave for what they made, oldest first. The example book and the bench's
 * large book grow with the app without changes here.
 */
export async function fillExampleBook(book: OpenBook, size: ExampleSize, now: Date, steps: Registry['examples']): Promise<void> {
  const lines: ExampleLine[] = [];
  await book.db.transaction().execute(async (db) => {
    const example: ExampleBook = {
      db,
      sqlite: book.sqlite,
      size,
      now,
      today: londonDate(now),
      random: (name) => seeded(seedFor(name, size)),
      record: (line) => void lines.push(line),
    };
    for (const step of steps) await step(example);
    const stored: StoredLine[] = lines
      .map((l) => ({ ...l, area: l.method.slice(0, l.method.indexOf('.')) }))
      .sort((a, b) => a.at.localeCompare(b.at));
    await insertLines(db, stored);
  });
}
