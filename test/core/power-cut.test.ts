import Database from 'better-sqlite3-multiple-ciphers';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppConfigFile } from '../../electron/core/app-config.js';
import { BACKUP_EXTENSION, verifyBackup } from '../../electron/core/book/backup-file.js';
import { currentDisk, useDisk, writeAll } from '../../electron/core/book/files.js';
import { readKeyring, rewrapPassphrase, writeKeyring } from '../../electron/core/book/keyring.js';
import { unlockBook } from '../../electron/core/book/unlock.js';
import { REGISTRY } from '../../electron/core/areas.js';
import { openSqlite, REQUIRED_PRAGMAS, refuseUnsafeSettings } from '../../electron/core/db/open.js';
import { openCore } from '../../electron/core/index.js';
import { coreWithBook, PASSPHRASE, tempDir } from './helpers.js';
import { PowerCut, PowerCutDisk } from './power-cut-disk.js';

/**
 * Crash safety beyond SIGKILL (see test/README.md for what this proves and what it cannot).
 * Each atomic write of the core's own is run once per step with the power "cut" after that
 * step, through a layer that forgets every write not yet fsynced and every name change whose
 * folder was not fsynced; the files left must always be the old version or the new one.
 */

/** Run `write` with a cut after each step in turn (and once uncut); `check` sees what survived each time. */
function everyCut(watched: () => string[], write: () => void, check: (cutAfter: number, finished: boolean) => void): number {
  for (let cutAfter = 0; ; cutAfter++) {
    const disk = new PowerCutDisk(watched(), cutAfter);
    const restore = useDisk(disk);
    let finished = false;
    try {
      write();
      finished = true;
    } catch (error) {
      if (!(error instanceof PowerCut)) throw error;
    } finally {
      restore();
    }
    disk.materialise();
    check(cutAfter, finished);
    if (finished) return cutAfter;
  }
}

describe('power cut during the core’s own atomic writes', () => {
  test('the keyring (a passphrase change) is always the old one or the new one', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    const book = await unlockBook(folder, { passphrase: PASSPHRASE }, REGISTRY.migrations);
    const old = readKeyring(folder);
    const next = await rewrapPassphrase(old, book.dataKey, 'kettle bramble ferry lantern');
    book.close();
    const template = join(tempDir(), 'template');
    cpSync(folder, template, { recursive: true });
    const seen = new Set<string>();
    let target = '';
    const steps = everyCut(
      () => {
        target = join(tempDir(), 'book');
        cpSync(template, target, { recursive: true });
        return [target];
      },
      () => writeKeyring(target, next),
      () => {
        const now = readKeyring(target);
        const which = JSON.stringify(now) === JSON.stringify(old) ? 'old' : JSON.stringify(now) === JSON.stringify(next) ? 'new' : 'neither';
        expect(which).not.toBe('neither');
        seen.add(which);
      },
    );
    expect(steps).toBeGreaterThanOrEqual(5); // open, write, fsync, rename, fsync folder
    expect([...seen].sort()).toEqual(['new', 'old']);
  });

  test('carebook.json always points at the old folder or the new one, never nowhere', () => {
    const dataDir = tempDir();
    const config = new AppConfigFile(dataDir);
    config.setBookFolder('/srv/old-book');
    const seen = new Set<string>();
    everyCut(
      () => [dataDir],
      () => config.setBookFolder('/srv/new-book'),
      () => {
        const folder = config.read().bookFolder;
        expect(['/srv/old-book', '/srv/new-book']).toContain(folder);
        seen.add(folder);
        // Put the old pointer back (for real) for the next cut point.
        config.setBookFolder('/srv/old-book');
      },
    );
    expect(seen.size).toBe(2);
  });

  test('a backup is never left under its final name unless it is whole; earlier backups survive', async () => {
    let clock = Date.parse('2026-05-01T09:00:00Z');
    const dataDir = tempDir();
    const core = openCore({ dataDir, now: () => new Date((clock += 60_000)), onInternalError: () => undefined });
    try {
      expect((await core.call('book.create', { passphrase: PASSPHRASE })).ok).toBe(true);
      const backups = tempDir('carebook-backups-');
      const first = await core.call('book.backup', { folder: backups });
      expect(first.ok).toBe(true);
      let finished = false;
      for (let cutAfter = 0; !finished; cutAfter++) {
        const disk = new PowerCutDisk([backups], cutAfter);
        const restore = useDisk(disk);
        try {
          finished = (await core.call('book.backup', { folder: backups })).ok;
        } finally {
          restore();
        }
        disk.materialise();
        const names = readdirSync(backups).filter((n) => n.endsWith(BACKUP_EXTENSION));
        expect(names.length).toBeGreaterThanOrEqual(1);
        for (const name of names) expect(() => verifyBackup(join(backups, name))).not.toThrow();
        expect(cutAfter).toBeLessThan(200);
      }
    } finally {
      await core.close();
    }
  });

  test('the layer does catch a write that skips fsync (so the tests above can fail)', () => {
    const dir = tempDir();
    const target = join(dir, 'file');
    const naive = () => {
      // Temp, write, rename, fsync the folder — but no fsync of the data.
      const disk = currentDisk();
      const fd = disk.open(`${target}.tmp`, 'wx', 0o600);
      writeAll(fd, Buffer.from('new'));
      disk.close(fd);
      disk.rename(`${target}.tmp`, target);
      disk.fsyncFolder(dir);
    };
    writeFileSync(target, 'old');
    const lost: string[] = [];
    everyCut(
      () => [dir],
      naive,
      () => {
        const content = readFileSync(target, 'utf8');
        if (content !== 'old' && content !== 'new') lost.push(`"${content}" under the final name`);
        writeFileSync(target, 'old');
      },
    );
    expect(lost.length).toBeGreaterThan(0);
  });
});

describe('the settings the book relies on are read back at open', () => {
  test('a real book reads back WAL, synchronous=FULL, foreign keys, secure_delete and no mmap', async () => {
    const { core, folder } = await coreWithBook();
    await core.ok('book.lock', {});
    const book = await unlockBook(folder, { passphrase: PASSPHRASE }, REGISTRY.migrations);
    try {
      for (const [, read, expected] of REQUIRED_PRAGMAS) expect(String(book.sqlite.pragma(read, { simple: true })).toLowerCase()).toBe(String(expected));
    } finally {
      book.close();
    }
  });

  test('a database where WAL does not take (in memory, like some network drives) is refused', () => {
    const error = (() => {
      try {
        openSqlite(':memory:', null, { create: true });
      } catch (e) {
        return e as { code: string };
      }
      return null;
    })();
    expect(error?.code).toBe('folder_problem');
  });

  test.each(REQUIRED_PRAGMAS.map(([set]) => set))('a database whose %s was undone is refused', (set) => {
    const file = join(tempDir(), 'plain.db');
    const db = new Database(file);
    for (const [s] of REQUIRED_PRAGMAS) db.pragma(s);
    const undo: Record<string, string> = {
      'journal_mode = WAL': 'journal_mode = DELETE',
      'synchronous = FULL': 'synchronous = NORMAL',
      'foreign_keys = ON': 'foreign_keys = OFF',
      'secure_delete = ON': 'secure_delete = OFF',
      'mmap_size = 0': 'mmap_size = 268435456',
    };
    db.pragma(undo[set]!);
    expect(() => refuseUnsafeSettings(db)).toThrow(expect.objectContaining({ code: 'folder_problem' }));
    db.close();
  });
});
