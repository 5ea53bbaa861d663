import type { Result } from './api/result.js';

/** The IPC channel behind `window.carebook.call`; the only one the app uses. */
export const CALL_CHANNEL = 'carebook:call';

/** What the preload puts on `window.carebook`: one function, nothing else. */
export interface CarebookBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}
