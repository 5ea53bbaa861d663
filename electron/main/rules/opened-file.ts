import { isAbsolute, relative, resolve } from 'node:path';

/**
 * host.openPath hands a file to the system viewer, which would also run a program. So it opens
 * only files directly inside Carebook's own "opened" folder (where documents.open writes a
 * copy), never a path elsewhere, a folder, or anything reached with "..".
 */
export function mayOpen(openedDir: string, path: string): boolean {
  if (!isAbsolute(path)) return false;
  const rel = relative(resolve(openedDir), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !/[\\/]/.test(rel);
}
