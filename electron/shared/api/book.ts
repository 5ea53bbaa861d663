import { z } from 'zod';
import { absoluteFolder, nothing } from './fields.js';
import { method } from './method.js';

export const PASSPHRASE_MIN = 12;
export const PASSPHRASE_MAX = 1024;

export const passphrase = z
  .string({ error: 'Enter your passphrase' })
  .min(PASSPHRASE_MIN, { error: `Your passphrase must be at least ${PASSPHRASE_MIN} characters long` })
  .max(PASSPHRASE_MAX, { error: `Your passphrase must be ${PASSPHRASE_MAX} characters or fewer` });

/** What was typed to unlock: not length-checked, so a wrong one gets "wrong passphrase", not a rule. */
const typedPassphrase = z
  .string({ error: 'Enter your passphrase' })
  .min(1, { error: 'Enter your passphrase' })
  .max(PASSPHRASE_MAX, { error: `Your passphrase must be ${PASSPHRASE_MAX} characters or fewer` });

const typedRecoveryCode = z
  .string({ error: 'Enter your recovery code' })
  .trim()
  .min(1, { error: 'Enter your recovery code' })
  .max(200, { error: 'Your recovery code must be 200 characters or fewer' });

/** Unlock with one of the two secrets. */
export const secretInput = z
  .union([z.object({ passphrase: typedPassphrase }).strict(), z.object({ recoveryCode: typedRecoveryCode }).strict()])
  .meta({ title: 'Your passphrase or recovery code' });
export type SecretInput = z.input<typeof secretInput>;

export type BookState = 'none' | 'locked' | 'unlocked';

export interface BookStatus {
  state: BookState;
  /** Folder of the current book; the default place when there is none yet. */
  folder: string;
  defaultFolder: string;
  /** True while the example book (fictional employer and PAs) is open. */
  isExample: boolean;
  /** True when this session was unlocked with the recovery code: a new passphrase should be set. */
  unlockedWithRecoveryCode: boolean;
}

export interface BackupInfo {
  file: string;
  createdAt: string; // ISO instant
  bytes: number;
}

export const bookApi = {
  'book.status': method(nothing).reads<BookStatus>(),
  'book.create': method(
    z
      .object({
        folder: absoluteFolder('The folder for your book').optional(),
        passphrase,
      })
      .strict(),
  ).writes<{ folder: string; recoveryCode: string }>(),
  /** Point Carebook at a book that already exists in another folder; it stays locked. */
  'book.open': method(z.object({ folder: absoluteFolder('The folder of your book') }).strict()).writes<BookStatus>(),
  'book.unlock': method(secretInput).writes<BookStatus>(),
  'book.lock': method(nothing).writes<{ backup: BackupInfo | null }>(),
  'book.changePassphrase': method(
    z
      .object({
        /** Not needed right after unlocking with the recovery code. */
        current: typedPassphrase.optional(),
        next: passphrase,
      })
      .strict(),
  ).writes<{ changed: true }>(),
  /** Write a backup now into `folder`, or the folder chosen in Settings. */
  'book.backup': method(
    z.object({ folder: absoluteFolder('The backup folder').optional() }).strict(),
  ).writes<BackupInfo>(),
  'book.backups': method(
    z.object({ folder: absoluteFolder('The backup folder').optional() }).strict(),
  ).reads<{ folder: string | null; backups: BackupInfo[] }>(),
  /** Restore a backup into a new folder; the current book is kept where it is. */
  'book.restore': method(
    z
      .object({
        file: z
          .string({ error: 'Choose the backup file' })
          .trim()
          .min(1, { error: 'Choose the backup file' })
          .max(1024, { error: 'The backup file path must be 1024 characters or fewer' }),
        into: absoluteFolder('The new folder for the restored book'),
        secret: secretInput,
      })
      .strict(),
  ).writes<BookStatus>(),
  /** Make a fresh example book (fictional employer and PAs) and open it, to explore safely. */
  'book.openExample': method(nothing).writes<BookStatus>(),
} as const;
