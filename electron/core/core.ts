import { api, fieldErrors, HOST_PREFIX, isMethodName, isWrite, parsePlain, shortQuote, type CoreMethodName, type Result } from '../shared/api/index.js';
import { londonDate } from '../shared/dates.js';
import { AppConfigFile } from './app-config.js';
import type { Context, Handler, WriteContext } from './area.js';
import { REGISTRY } from './areas.js';
import type { OpenBook } from './book/open-book.js';
import { warmKeys } from './book/warm-keys.js';
import { usePdfProcess, type StartPdfProcess } from './pdf/make-pdf.js';
import { CoreError, damagedPage, isDamagedPage, locked } from './errors.js';
import { giveBackMemory, IDLE_MS, whenIdle } from './idle-memory.js';
import { recordedWrite } from './write-path.js';

export interface CoreOptions {
  /** The app's own data folder: the default book lives in `<dataDir>/book`. */
  dataDir: string;
  /** Clock, for tests of dated rules. */
  now?: () => Date;
  /** Called with unexpected errors (programming faults), for the host's log. Never with personal data. */
  onInternalError?: (method: string, error: unknown) => void;
  /** How to start the short process that lays out a PDF (make-pdf.ts); plain Node's fork when left out. */
  startPdfProcess?: StartPdfProcess;
  /** Run once no call has come for IDLE_MS: by default, give V8's spare memory back (idle-memory.ts). Null for nothing. */
  onIdle?: (() => void) | null;
}

export interface Core {
  /** Validate `input` against the method's schema, run it, and return a Result. Never throws. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Lock (with the automatic backup when set) and release everything. */
  close(): Promise<void>;
}

export function openCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  usePdfProcess(options.startPdfProcess);
  let current: OpenBook | null = null;
  const runLockHooks = () => REGISTRY.lockHooks.forEach((hook) => hook(options.dataDir));
  runLockHooks(); // what a crash left behind does not outlive it
  const onIdle = options.onIdle === undefined ? giveBackMemory : options.onIdle;
  const idle = onIdle ? whenIdle(IDLE_MS, onIdle) : null;
  const ctx: Context = {
    config: new AppConfigFile(options.dataDir),
    now,
    today: () => londonDate(now()),
    current: () => current,
    book: () => {
      if (!current) throw locked();
      return current;
    },
    db: () => ctx.book().db,
    setCurrent: (book) => {
      current = book;
    },
    registry: REGISTRY,
    runLockHooks,
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
      return {
        ok: false,
        error: { code: 'unknown_method', message: `Carebook does not know the action “${shortQuote(method)}”. Restart Carebook; if it happens again, reinstall it.` },
      };
    }
    const parsed = parsePlain(api[method].input, input ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return { ok: false, error: { code: 'invalid_input', message: Object.values(fields)[0] ?? 'Check what you typed', fields } };
    }
    try {
      const name = method as CoreMethodName;
      const handler = REGISTRY.handlers[name] as Handler<unknown, unknown, WriteContext>;
      const value =
        isWrite(name) && !REGISTRY.unrecorded.has(name)
          ? await recordedWrite(ctx, name, handler, parsed.data)
          : await (handler as Handler<unknown, unknown>)(ctx, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof CoreError) return { ok: false, error: error.toApiError() };
      if (isDamagedPage(error)) return { ok: false, error: damagedPage().toApiError() };
      options.onInternalError?.(method, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside Carebook. Try again, and if it happens again, restart Carebook.' },
      };
    }
  }

  return {
    call: async (method, input) => {
      try {
        // Key derivation runs first, outside the queue, so status and lock answer meanwhile.
        await warmKeys(ctx, method, input);
        return await serial(() => dispatch(method, input));
      } finally {
        idle?.worked();
      }
    },
    close: () =>
      serial(async () => {
        idle?.stop();
        await dispatch('book.lock', {});
        runLockHooks();
      }),
  };
}
