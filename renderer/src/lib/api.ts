import type { CarebookBridge, ErrorCode, Input, MethodName, Output, ReadMethodName, Result, WriteMethodName } from '../shared.js';

/** The one function the host (preload, or the test harness) puts on the page. */
declare global {
  interface Window {
    carebook?: CarebookBridge;
  }
}

/** A failed call: the core's plain-English message, its code, and per-field messages. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }
}

/**
 * The writes that open, lock, re-key or replace the whole book. After each, the Gate decides
 * what shows next from book.status (a new book's recovery code first, a reload after locking),
 * so the pages' refresh rule (lib/queries.ts) leaves them alone: refreshing while the book
 * locks would only show errors.
 */
export const BOOK_LIFECYCLE = [
  'book.create',
  'book.open',
  'book.unlock',
  'book.lock',
  'book.restore',
  'book.openExample',
  'book.changePassphrase',
] as const satisfies readonly WriteMethodName[];
export type BookLifecycleMethod = (typeof BOOK_LIFECYCLE)[number];

/**
 * Call a method straight away: any read, or a book lifecycle write. Every other write goes
 * through useApiMutation, so the page refreshes after it; calling one here is a type error.
 */
export function call<M extends ReadMethodName | BookLifecycleMethod>(method: M, input: Input<M>): Promise<Output<M>> {
  return send(method, input);
}

/** Call any method and return its value, or throw an ApiError a page can show. For call() and lib/queries.ts only. */
export async function send<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const bridge = window.carebook;
  if (!bridge) throw new ApiError('internal', 'Carebook could not start properly. Close it and open it again.');
  let result: Result<unknown>;
  try {
    result = await bridge.call(method, input);
  } catch {
    throw new ApiError('internal', 'Something went wrong inside Carebook. Try again, or close it and open it again.');
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.fields);
  return result.value as Output<M>;
}

export function isApiError(e: unknown, ...codes: ErrorCode[]): e is ApiError {
  return e instanceof ApiError && (codes.length === 0 || codes.includes(e.code));
}
