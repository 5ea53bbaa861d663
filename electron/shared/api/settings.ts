import { z } from 'zod';
import { absoluteFolder, nothing, wholeNumber } from './fields.js';
import { method } from './method.js';

export const TEXT_SIZES = ['standard', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const settingsSchema = z
  .object({
    autoLockMinutes: wholeNumber('Lock after this many minutes', 1, 240),
    textSize: z.enum(TEXT_SIZES, { error: 'Choose a text size' }).meta({ title: 'Text size' }),
    /** Where automatic backups go; null until the user chooses. */
    backupFolder: absoluteFolder('The backup folder').nullable(),
    backupsToKeep: wholeNumber('Number of backups to keep', 1, 100),
    backupOnLock: z.boolean({ error: 'Say whether to back up when the book locks' }).meta({ title: 'Back up when the book locks' }),
  })
  .strict();
export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 5,
  textSize: 'standard',
  backupFolder: null,
  backupsToKeep: 10,
  backupOnLock: true,
};

export const settingsApi = {
  'settings.get': method(nothing).reads<Settings>(),
  /** Change some settings; the others stay as they were. */
  'settings.update': method(settingsSchema.partial()).writes<Settings>(),
} as const;
