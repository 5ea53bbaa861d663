import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionOf } from './file-kind.js';

/**
 * Where documents.open writes a readable copy for the system viewer. Emptied when the book
 * locks, when Carebook closes and when it starts, so copies do not outlive the session.
 */
export function openedFolder(dataDir: string): string {
  return join(dataDir, 'opened');
}

/** Remove every copy. Never throws: locking or closing must not fail because a copy is held open. */
export function emptyOpenedFolder(dataDir: string): void {
  try {
    rmSync(openedFolder(dataDir), { recursive: true, force: true });
  } catch {
    // A viewer on Windows may hold a copy open; the next lock or start removes it.
  }
}

/**
 * A file name safe to write on any system: no folders, no characters Windows refuses, no
 * leading dots, and an extension the document's kind may be opened with (so a copy always
 * opens in a viewer and never runs as a program).
 */
export function safeFileName(fileName: string, extensions: string[]): string {
  const cleaned = fileName
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const ext = extensionOf(cleaned);
  const keep = extensions.includes(ext);
  const stem = (keep ? cleaned.slice(0, -(ext.length + 1)) : cleaned).replace(/[.\s]+$/, '').slice(0, 100) || 'document';
  return `${stem}.${keep ? ext : extensions[0]}`;
}

/**
 * Write `bytes` as a new file in the opened folder, readable only by this user, and return its
 * path. An existing copy is never overwritten: "name (2).pdf", "name (3).pdf"… instead.
 */
export function writeOpenedCopy(dataDir: string, fileName: string, bytes: Uint8Array): string {
  const dir = openedFolder(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const dot = fileName.lastIndexOf('.');
  const stem = fileName.slice(0, dot);
  const ext = fileName.slice(dot);
  // "name (2)" … "name (20)", then a random tag: a document opened a thousand times still opens.
  for (let n = 1; ; n++) {
    const tag = n === 1 ? '' : n <= 20 ? ` (${n})` : ` (${randomBytes(4).toString('hex')})`;
    const path = join(dir, `${stem}${tag}${ext}`);
    try {
      writeFileSync(path, bytes, { mode: 0o600, flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
    }
  }
}
