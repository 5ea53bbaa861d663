import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupInfo, BookStatus } from '../../shared/api/index.js';
import type { AreaHandlers, Context } from '../area.js';
import { CoreError } from '../errors.js';
import { SMALL } from '../example/example-book.js';
import { fillExampleBook } from '../example/generate.js';
import { readSettings } from '../settings/index.js';
import { backupAndPrune, checkBackupFolderReadable, listBackups } from './backup.js';
import type { OpenBook } from './open-book.js';
import { createBook } from './create.js';
import { markChecked } from './checked-mark.js';
import { checkEmptyFolder, holdsBook, prepareEmptyFolder } from './folders.js';
import { rewrapPassphrase, unwrapKey, writeKeyring } from './keyring.js';
import { refuseWeakPassphrase } from './passphrase-rule.js';
import { restoreBackup } from './restore.js';
import { unlockBook } from './unlock.js';

function status(ctx: Context): BookStatus {
  const open = ctx.current();
  const folder = open?.folder ?? ctx.config.read().bookFolder;
  return {
    state: open ? 'unlocked' : holdsBook(folder) ? 'locked' : 'none',
    folder,
    defaultFolder: ctx.config.defaultBookFolder,
    isExample: open?.isExample ?? false,
    unlockedWithRecoveryCode: open?.unlockedWith === 'recovery',
  };
}

/** Close the open book. Makes the automatic backup first when it is set up; a failed backup never blocks locking. */
async function lock(ctx: Context): Promise<BackupInfo | null> {
  ctx.runLockHooks(); // e.g. readable copies of documents go when the book locks
  const open = ctx.current();
  if (!open) return null;
  let backup: BackupInfo | null = null;
  try {
    if (!open.isExample) {
      const settings = await readSettings(open.db);
      if (settings.backupOnLock && settings.backupFolder) {
        backup = await backupAndPrune(open, settings.backupFolder, settings.backupsToKeep, ctx.now(), ctx.config.dataDir);
      }
    }
  } catch (error) {
    // Locking goes ahead; the next Home says the automatic backup did not work, and why.
    await recordBackupProblem(open, error, ctx.now());
  } finally {
    ctx.setCurrent(null);
    // The check the next unlock would make, made now (checked-mark.ts); a backup just checked it thoroughly.
    const intact = !open.isExample && (backup !== null || open.isIntact());
    open.close();
    if (open.isExample) rmSync(open.folder, { recursive: true, force: true });
    else if (intact) markChecked(open.folder);
  }
  return backup;
}

async function recordBackupProblem(book: OpenBook, error: unknown, now: Date): Promise<void> {
  const problem =
    error instanceof CoreError ? error.message : 'Something went wrong while Carebook was making the backup.';
  try {
    await book.db.insertInto('backupLog').values({ createdAt: now.toISOString(), fileName: '', bytes: 0, problem }).execute();
  } catch {
    // The book itself cannot be written: its own checks will say so when it is next opened.
  }
}

const noBackupFolder = () =>
  new CoreError('folder_problem', 'Choose a folder for your backups first, ideally on a memory stick or another drive.', {
    folder: 'Choose a folder for your backups',
  });

export const bookHandlers: AreaHandlers<
  | 'book.status'
  | 'book.create'
  | 'book.open'
  | 'book.unlock'
  | 'book.lock'
  | 'book.changePassphrase'
  | 'book.backup'
  | 'book.backups'
  | 'book.restore'
  | 'book.openExample'
> = {
  'book.status': (ctx) => status(ctx),

  'book.create': async (ctx, input) => {
    // Everything that can refuse is checked before the open book is locked and backed up.
    refuseWeakPassphrase(input.passphrase, 'passphrase');
    checkEmptyFolder(input.folder ?? ctx.config.defaultBookFolder, 'folder');
    await lock(ctx);
    const folder = prepareEmptyFolder(input.folder ?? ctx.config.defaultBookFolder, 'folder');
    const { book, recoveryCode } = await createBook(folder, input.passphrase, ctx.registry.migrations);
    ctx.config.setBookFolder(folder);
    ctx.setCurrent(book);
    return { folder, recoveryCode };
  },

  'book.open': async (ctx, { folder }) => {
    const full = resolve(folder);
    if (!holdsBook(full)) {
      throw new CoreError('not_found', 'There is no Carebook book in that folder. Check the folder and try again.', {
        folder: 'There is no Carebook book in that folder',
      });
    }
    await lock(ctx);
    ctx.config.setBookFolder(full);
    return status(ctx);
  },

  'book.unlock': async (ctx, input) => {
    const current = status(ctx);
    if (current.state === 'unlocked') return current;
    if (current.state === 'none') {
      throw new CoreError('no_book', 'There is no book to unlock yet. Start a new book or restore a backup.');
    }
    ctx.setCurrent(await unlockBook(current.folder, input, ctx.registry.migrations));
    return status(ctx);
  },

  'book.lock': async (ctx) => ({ backup: await lock(ctx) }),

  'book.changePassphrase': async (ctx, { current, next }) => {
    const book = ctx.book();
    refuseWeakPassphrase(next, 'next');
    if (book.unlockedWith === 'passphrase') {
      if (!current) {
        throw new CoreError('invalid_input', 'Enter your current passphrase', { current: 'Enter your current passphrase' });
      }
      try {
        (await unwrapKey(book.keyring, 'passphrase', current)).fill(0);
      } catch {
        throw new CoreError('wrong_secret', 'Your current passphrase is not right. Nothing was changed.', {
          current: 'Your current passphrase is not right',
        });
      }
    }
    const keyring = await rewrapPassphrase(book.keyring, book.dataKey, next);
    writeKeyring(book.folder, keyring);
    book.keyring = keyring;
    book.unlockedWith = 'passphrase';
    return { changed: true as const };
  },

  'book.backup': async (ctx, input) => {
    const book = ctx.book();
    const settings = await readSettings(book.db);
    const folder = input.folder ?? settings.backupFolder;
    if (!folder) throw noBackupFolder();
    return backupAndPrune(book, folder, settings.backupsToKeep, ctx.now(), ctx.config.dataDir);
  },

  'book.backups': async (ctx, input) => {
    const open = ctx.current();
    const folder = input.folder ?? (open ? (await readSettings(open.db)).backupFolder : null);
    if (!folder) return { folder: null, backups: [] };
    checkBackupFolderReadable(folder);
    return { folder, backups: listBackups(folder).map(({ bookId: _id, ...info }) => info) };
  },

  'book.restore': async (ctx, { file, into, secret }) => {
    const restored = await restoreBackup(file, into, secret, ctx.registry.migrations);
    await lock(ctx);
    ctx.config.setBookFolder(restored.folder);
    ctx.setCurrent(restored);
    return status(ctx);
  },

  'book.openExample': async (ctx) => {
    await lock(ctx);
    const folder = ctx.config.exampleFolder;
    rmSync(folder, { recursive: true, force: true });
    // Nobody needs to know this passphrase: the example book is thrown away when it is locked.
    const passphrase = randomBytes(24).toString('base64');
    const { book } = await createBook(prepareEmptyFolder(folder, 'folder'), passphrase, ctx.registry.migrations, { isExample: true });
    await fillExampleBook(book, SMALL, ctx.now(), ctx.registry.examples);
    ctx.setCurrent(book);
    return status(ctx);
  },
};
