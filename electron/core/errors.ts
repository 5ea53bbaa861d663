import type { ApiError, ErrorCode } from '../shared/api/index.js';

/** An error meant for the person: its message says what happened and what to do. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'CoreError';
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const RESTORE_ADVICE =
  'Restore your most recent backup: on the first screen choose "Restore a backup". Your backups are in the folder you chose for them.';

export const damaged = (what: string) => new CoreError('damaged_book', `${what} ${RESTORE_ADVICE}`);

/**
 * SQLite's own report that a page is not what was written: SQLCipher's check of the page's
 * authentication code failed (SQLITE_NOTADB), or a b-tree does not hold together
 * (SQLITE_CORRUPT and its extended codes). The person gets the advice, not SQLite's words.
 */
export function isDamagedPage(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : '';
  return /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

export const damagedPage = () => damaged('Part of your book’s database is damaged, so Carebook cannot read it.');

export const locked = () =>
  new CoreError('book_locked', 'Your book is locked. Unlock it with your passphrase to carry on.');

/** Field messages refused the way the boundary refuses them: the first message is the headline. */
export function fieldError(fields: Record<string, string>): CoreError {
  return new CoreError('invalid_input', Object.values(fields)[0] ?? 'Check what you typed', fields);
}

/** Throw `fieldError(fields)` when a rule found any problem. */
export function refuseFields(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw fieldError(fields);
}
