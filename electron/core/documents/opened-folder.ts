import { join } from 'node:path';

/**
 * Where documents.open writes a readable copy for the system viewer. Emptied when the book
 * locks, when Carebook closes and when it starts, so copies do not outlive the session.
 */
export function openedFolder(dataDir: string): string {
  return join(dataDir, 'opened');
}
