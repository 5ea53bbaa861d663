import { z } from 'zod';
import { method } from './method.js';

/**
 * Methods answered by the host (the Electron main process, or the test harness), not the core:
 * native dialogs. The preload still exposes only `window.carebook.call`.
 */
const dialogInput = z
  .object({
    title: z.string().max(200),
    defaultPath: z.string().max(1024).optional(),
  })
  .strict();

export const hostApi = {
  'host.chooseFolder': method(dialogInput).reads<{ folder: string | null }>(),
  'host.chooseFile': method(dialogInput).reads<{ file: string | null }>(),
  /** Open a file with the system's own viewer (a document's copy from documents.open). */
  'host.openPath': method(z.object({ path: z.string().min(1).max(4096) }).strict()).reads<{ opened: boolean }>(),
} as const;

export const HOST_PREFIX = 'host.';
