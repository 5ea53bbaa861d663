import { api, fieldErrors, HOST_PREFIX, isMethodName, type CoreMethodName, type Result } from '../shared/api/index.js';
import { AppConfigFile } from './app-config.js';
import type { OpenBook } from './book/open-book.js';
import { londonDate } from '../shared/dates.js';
import type { Context, Handler } from './context.js';
import { emptyOpenedFolder } from './documents/opened-folder.js';
import { CoreError, locked } from './errors.js';
import { HANDLERS } from './handlers.js';

export interface CoreOptions {
  /** The app's own data folder: the default book lives in `<dataDir>/book`. */
  dataDir: string;
  /** Clock, for tests of dated rules. */
  now?: () => Date;
  /** Called with unexpected errors (programming faults), for the host's log. Never with personal data. */
  onInternalError?: (method: string, error: unknown) => void;
}

export interface Core {
  /** Validate `input` against the method's schema, run it, and return a Result. Never throws. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Lock (with the automatic backup when set) and release everything. */
  close(): Promise<void>;
}

export function openCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  let current: OpenBook | null = null;
  emptyOpenedFolder(options.dataDir); // copies left by a crash do not outlive it
  const ctx: Context = {
    config: new AppConfigFile(options.dataDir),
    now,
    today: () => londonDate(now()),
    current: () => current,
    book: () => {
      if (!current) throw locked();
      return current;
    },
    setCurrent: (book) => {
      current = book;
    },
  };

  // One call at a time: each call sees the book as the last one left it (no interleaved unlocks or backups).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method) || method.startsWith(HOST_PREFIX)) {
      return { ok: false, error: { code: 'unknown_method', message: `Carebook does not know the action "${String(method).slice(0, 80)}".` } };
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return { ok: false, error: { code: 'invalid_input', message: Object.values(fields)[0] ?? 'Check what you typed', fields } };
    }
    try {
      const handler = HANDLERS[method as CoreMethodName] as Handler<unknown, unknown>;
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (error) {
      if (error instanceof CoreError) return { ok: false, error: error.toApiError() };
      options.onInternalError?.(method, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside Carebook. Try again, and if it happens again, restart Carebook.' },
      };
    }
  }

  return {
    call: (method, input) => serial(() => dispatch(method, input)),
    close: () =>
      serial(async () => {
        await dispatch('book.lock', {});
        emptyOpenedFolder(options.dataDir);
      }),
  };
}
