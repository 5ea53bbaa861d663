import { api, fieldErrors, HOST_PREFIX, isMethodName, parsePlain } from '../../shared/api/index.js';
import type { Result } from '../../shared/api/index.js';
import { refuseUnchosenFile, type ChosenFiles } from '../../shared/chosen-files.js';

export interface HostHandlers {
  [method: string]: (input: unknown) => Promise<unknown>;
}

export interface CallTarget {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

const fail = (code: 'unknown_method' | 'internal' | 'invalid_input', message: string, fields?: Record<string, string>): Result<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});

/**
 * Send one call to the host (`host.*`, validated here with the contract's schema) or to the
 * core. Always resolves to a Result: an exception must never reach the renderer as a rejection.
 */
export async function routeCall(
  method: unknown,
  input: unknown,
  host: HostHandlers,
  core: CallTarget,
  /** The files the person chose in the dialog; documents.add may read only those. */
  chosen?: ChosenFiles,
): Promise<Result<unknown>> {
  if (typeof method !== 'string') return fail('unknown_method', 'Carebook did not recognise that request.');
  try {
    if (!method.startsWith(HOST_PREFIX)) {
      const refused = chosen ? refuseUnchosenFile(method, input, chosen) : null;
      return refused ?? (await core.call(method, input));
    }
    const handler = Object.prototype.hasOwnProperty.call(host, method) ? host[method] : undefined;
    if (!isMethodName(method) || !handler) return fail('unknown_method', 'Carebook did not recognise that request.');
    const parsed = parsePlain(api[method].input, input);
    if (!parsed.success) return fail('invalid_input', 'Check the details and try again.', fieldErrors(parsed.error));
    const value = await handler(parsed.data);
    if (method === 'host.chooseFile') chosen?.remember((value as { file?: string | null }).file);
    return { ok: true, value };
  } catch {
    return fail('internal', 'Something went wrong in Carebook. Try again, and restart Carebook if it keeps happening.');
  }
}
