import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { CoreError } from '../errors.js';
import { dbPath, keyringPath } from './files.js';

/** The keyring is written last when a book is made, so it alone says "there is a book here". */
export const holdsBook = (folder: string) => existsSync(keyringPath(folder));

/**
 * A database with no keyring is what a crash while creating a book leaves: its key was never
 * saved, so nobody can ever open it. Clear it away so the folder can be used again.
 */
function clearStrandedDatabase(folder: string): void {
  if (holdsBook(folder) || !existsSync(folder)) return;
  const db = dbPath(folder);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${db}${suffix}`, { force: true });
}

/**
 * Make sure `folder` can take a new book: it must not hold a book already and must be empty,
 * so a book never mixes with someone's other files and nothing is written over.
 */
export function prepareEmptyFolder(folder: string, field: string): string {
  const full = resolve(folder);
  clearStrandedDatabase(full);
  if (holdsBook(full)) {
    throw new CoreError('book_exists', 'There is already a Carebook book in that folder. Choose a new, empty folder.', {
      [field]: 'Choose a new, empty folder',
    });
  }
  if (existsSync(full) && readdirSync(full).length > 0) {
    throw new CoreError('folder_problem', 'That folder already has other files in it. Choose a new, empty folder.', {
      [field]: 'Choose a new, empty folder',
    });
  }
  try {
    mkdirSync(full, { recursive: true, mode: 0o700 });
  } catch {
    throw new CoreError('folder_problem', 'Carebook cannot make that folder. Choose a folder you can save files in.', {
      [field]: 'Choose a folder you can save files in',
    });
  }
  return full;
}
