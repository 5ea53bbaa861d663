import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { coreWithBook, PASSPHRASE, tempDir } from './helpers.js';

/** Every file under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

const NAME = 'Zebedee Quillfeather-Marchbanks';
const NOTE = 'NOTE-7f3a-never-on-disk';
const FIGURE = '07700 900461';

function expectNowhere(dirs: string[]) {
  const files = dirs.flatMap(allFiles);
  expect(files.length).toBeGreaterThan(2);
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const secret of [NAME, NOTE, FIGURE, PASSPHRASE]) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        expect(bytes.includes(Buffer.from(secret, encoding)), `${secret} found in ${file}`).toBe(false);
      }
    }
  }
}

test('no name, note or figure is readable in any file of the book, its WAL, keyring or backups, nor in its history', async () => {
  const { core } = await coreWithBook();
  const backups = tempDir('carebook-backups-');
  await core.ok('settings.update', { backupFolder: backups });
  // Write, overwrite and write again, so old versions pass through the WAL and free pages.
  for (let i = 0; i < 20; i++) {
    await core.ok('employer.update', { kind: 'representative', name: NAME, actingFor: `${NOTE} ${i}`, phone: FIGURE });
  }
  await core.ok('employer.update', { kind: 'individual', name: 'Someone Else' });

  // While open: the WAL and shared-memory files are on disk too.
  expectNowhere([core.dataDir]);
  await core.ok('book.backup', {});
  await core.ok('book.lock', {}); // makes the automatic backup as well
  expectNowhere([core.dataDir, backups]);

  // The records are really there: this is not passing because nothing was written.
  await core.ok('book.unlock', { passphrase: PASSPHRASE });
  expect((await core.ok('employer.get', {}))?.name).toBe('Someone Else');
  // …and so is the book's history, with the old and new values of each change, name and note included.
  const { lines } = await core.ok('history.list', { area: 'employer', limit: 200 });
  expect(lines).toHaveLength(21);
  expect(lines[0]!.changes).toContainEqual({ field: 'Your name, or the name of your organisation', from: NAME, to: 'Someone Else' });
  expect(lines.some((l) => l.changes.some((c) => c.to.startsWith(NOTE)))).toBe(true);
});
