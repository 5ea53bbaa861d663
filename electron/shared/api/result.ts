/** Every call returns one of these: a value, or an error a person can act on. */
export type ErrorCode =
  | 'invalid_input' // the input failed its schema; `fields` says which field and why
  | 'unknown_method'
  | 'no_book' // no book at the remembered place yet (first run)
  | 'book_locked' // the method needs an unlocked book
  | 'book_exists' // creating or restoring into a folder that already holds a book
  | 'wrong_secret' // wrong passphrase or recovery code; nothing changed
  | 'damaged_book' // the database or keyring is damaged or truncated
  | 'foreign_file' // not a Carebook book or backup at all
  | 'newer_version' // the book was made by a newer Carebook
  | 'weak_key_settings' // stored key-derivation settings below the minimum; refused
  | 'folder_problem' // a folder cannot be used (not writable, not empty, missing)
  | 'not_found'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** Plain English: what happened and what to do. */
  message: string;
  /** Field path (dot-joined) → message naming the field and what to type. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
