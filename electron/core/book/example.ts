import type { ExampleBook } from '../example/example-book.js';
import { insertRows } from '../example/example-book.js';

/** A weekly backup record for every week of the book's history. */
export async function fillBackupHistory({ db, size, now }: ExampleBook): Promise<void> {
  const weeks = size.years * 52;
  const rows = Array.from({ length: weeks }, (_, i) => {
    const at = new Date(now.getTime() - (weeks - i) * 7 * 86_400_000).toISOString();
    return { createdAt: at, fileName: `carebook-${at.slice(0, 10)}.carebook-backup`, bytes: 100_000 + i, problem: null };
  });
  await insertRows(db, 'backupLog', rows as never);
}
