import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CoreError } from '../errors.js';
import { dbPath, keyringPath } from './files.js';

export const holdsBook = (folder: string) => existsSync(keyringPath(folder)) || existsSync(dbPath(folder));

/**
 * Make sure `folder` can take a new book: it must not hold a book already and must be empty,
 * so a book never mixes with someone's other files and nothing is written over.
 */
export function prepareEmptyFolder(folder: string, field: string): string {
  const full = resolve(folder);
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
