import type { OpenBook } from '../book/open-book.js';
import { writeEmployer } from '../employer/store.js';
import { fillContracts } from './contracts.js';
import { EXAMPLE_EMPLOYER } from './people.js';
import { addExampleReminders } from './reminders.js';
import { fillWorkers } from './workers.js';

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

/**
 * Fill an open, empty book with a fictional employer and their PAs. Each area adds a step
 * here as it lands (workers, contracts, pay, training, supervision, progression), so the
 * example book and the benchmark's large book grow with the app.
 */
export async function fillExampleBook(book: OpenBook, size: ExampleSize, now: Date): Promise<void> {
  await writeEmployer(book.db, EXAMPLE_EMPLOYER, now);
  const workerIds = await fillWorkers(book, size, now);
  await fillContracts(book, workerIds, now);
  await addExampleReminders(book, now);
  await fillBackupHistory(book, size, now);
}

/** A weekly backup record for every week of the book's history. */
async function fillBackupHistory(book: OpenBook, size: ExampleSize, now: Date): Promise<void> {
  const weeks = size.years * 52;
  const rows = Array.from({ length: weeks }, (_, i) => {
    const at = new Date(now.getTime() - (weeks - i) * 7 * 86_400_000).toISOString();
    return { createdAt: at, fileName: `carebook-${at.slice(0, 10)}.carebook-backup`, bytes: 100_000 + i };
  });
  for (let i = 0; i < rows.length; i += 200) {
    await book.db.insertInto('backupLog').values(rows.slice(i, i + 200)).execute();
  }
}
