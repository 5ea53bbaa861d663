import { join } from 'node:path';
import { createBook } from '../../electron/core/book/create.js';
import { prepareEmptyFolder } from '../../electron/core/book/folders.js';
import { REGISTRY } from '../../electron/core/areas.js';
import { LARGE } from '../../electron/core/example/example-book.js';
import { fillExampleBook } from '../../electron/core/example/generate.js';
import { writeSettings } from '../../electron/core/settings/index.js';

export const PASSPHRASE = 'correct horse battery staple';

/**
 * Make the large book (LARGE: 50 PAs, 10 years) at `<dataDir>/book`, where openCore looks first.
 * It goes through createBook, as book.create does, because filling it needs the open book that
 * the API keeps to itself. The generator grows as areas land, and so does this book.
 */
export async function makeLargeBook(dataDir: string, backupFolder: string, now: Date): Promise<string> {
  const folder = prepareEmptyFolder(join(dataDir, 'book'), 'folder');
  const { book } = await createBook(folder, PASSPHRASE, REGISTRY.migrations);
  try {
    await fillExampleBook(book, LARGE, now, REGISTRY.examples);
    // No backup on lock: the bench locks and unlocks many times and times backups on its own.
    await writeSettings(book.db, { backupFolder, backupOnLock: false });
  } finally {
    book.close();
  }
  return folder;
}
