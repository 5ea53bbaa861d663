import type { CarebookBridge, ErrorCode, Input, MethodName, Output, Result } from '../shared.js';

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

/** Call a method and return its value, or throw an ApiError a page can show. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
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
