import type { Result } from './api/result.js';

/**
 * The files the person chose in Carebook's own file dialog (host.chooseFile) this session.
 * documents.add copies a file into the book, so a page may name only one of these: never a
 * path it made up (~/.ssh/id_rsa, another book's keyring). The main process keeps one of these
 * per window session; the e2e harness answers its "dialogs" through the same rule.
 */
export class ChosenFiles {
  private readonly paths: string[] = [];
  /** Enough for a person choosing several files in a row; the oldest are forgotten first. */
  static readonly KEPT = 20;

  remember(path: string | null | undefined): void {
    if (typeof path !== 'string' || path === '') return;
    this.paths.push(path);
    if (this.paths.length > ChosenFiles.KEPT) this.paths.shift();
  }

  has(path: unknown): boolean {
    return typeof path === 'string' && this.paths.includes(path.trim());
  }
}

/** Methods that read a file the page names, and the input field that names it. */
export const READS_CHOSEN_FILE: Readonly<Record<string, string>> = { 'documents.add': 'path' };

/**
 * Refuse a call that would read a file the person did not choose in the dialog (or null: go on).
 * The page only ever sends paths it got from host.chooseFile, so this never refuses a real use.
 */
export function refuseUnchosenFile(method: string, input: unknown, chosen: ChosenFiles): Result<never> | null {
  const field = Object.prototype.hasOwnProperty.call(READS_CHOSEN_FILE, method) ? READS_CHOSEN_FILE[method] : undefined;
  if (!field) return null;
  const path = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[field] : undefined;
  if (chosen.has(path)) return null;
  const message = 'Choose the file again with the Choose a file button: Carebook only reads files you choose yourself.';
  return { ok: false, error: { code: 'invalid_input', message, fields: { [field]: 'Choose the file again' } } };
}
