import type { CoreArea } from '../area.js';
import { bookAttention } from './attention.js';
import { fillBackupHistory } from './example.js';
import { bookHandlers } from './handlers.js';
import * as m001 from './migrations/001_book.js';
import * as m003 from './migrations/003_backup_problem.js';

const SESSION = 'opens, closes or makes a book; it changes no record in it';

/** The book itself: making, unlocking, locking, the passphrase, backups and restoring. */
export const bookArea: CoreArea<keyof typeof bookHandlers> = {
  name: 'book',
  label: 'Your book',
  handlers: bookHandlers,
  unrecorded: {
    'book.create': SESSION,
    'book.open': SESSION,
    'book.unlock': SESSION,
    'book.lock': SESSION,
    'book.restore': SESSION,
    'book.openExample': SESSION,
    'book.changePassphrase': 'changes the keyring beside the book, not a record in it',
    'book.backup': 'copies the book; the backup log says when',
  },
  attention: bookAttention,
  migrations: { '001_book': m001, '003_backup_problem': m003 },
  tables: { backupLog: { bookWide: 'when each backup was made, or why an automatic one did not work' } },
  example: fillBackupHistory,
};
