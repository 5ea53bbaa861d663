import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { BACKUP_EXTENSION, readBackup } from '../../electron/core/book/backup-file.js';
import { dbPath } from '../../electron/core/book/files.js';
import { readKeyring, unwrapKey } from '../../electron/core/book/keyring.js';
import { checkIntegrity, openSqlite } from '../../electron/core/db/open.js';
import { coreWithBook, PASSPHRASE, tempDir, testCore, type TestCore } from './helpers.js';

/**
 * Kill -9 a real writer at random moments and check that the book always comes back whole:
 * it unlocks, passes a full integrity check, and holds every write the writer had reported as
 * done. A crash (or a power cut's software twin) must never cost a saved record.
 */

const WRITER = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));
const WRITE_ROUNDS = 20;
const BACKUP_ROUNDS = 5;
const LOCK_ROUNDS = 4;
const BOOK_ROUNDS = 3;

// Seeded, so a failure can be replayed: KILL_SEED=<seed from the message> npx vitest run …
const seed = Number(process.env.KILL_SEED ?? Date.now() % 1_000_000);
let state = seed;
function random(): number {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface Writer {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: string[];
  waitFor(predicate: (line: string) => boolean): Promise<void>;
}

const children = new Set<ChildProcessWithoutNullStreams>();
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
});

/** Start a writer; it loads its code at once but touches the book only after `go()`. */
function startWriter(dataDir: string, ...args: string[]): Writer & { go(): void } {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, ...args], { stdio: 'pipe' });
  children.add(child);
  const lines: string[] = [];
  const stderr: string[] = [];
  let partial = '';
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!; // only whole lines count: a torn line is not a promise
    lines.push(...parts);
    waiters.splice(0).forEach((wake) => wake());
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  child.on('exit', () => waiters.splice(0).forEach((wake) => wake()));
  return {
    child,
    lines,
    stderr,
    go: () => child.stdin.write('go\n'),
    async waitFor(predicate) {
      while (!lines.some(predicate)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`writer stopped early: ${stderr.join('')}`);
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
  };
}

async function kill(writer: Writer): Promise<void> {
  const exited = writer.child.exitCode === null && writer.child.signalCode === null ? once(writer.child, 'exit') : null;
  writer.child.kill('SIGKILL');
  await exited;
  children.delete(writer.child);
  // A writer that died by itself (an error) is a failure of the test, not a survived crash.
  expect(writer.child.signalCode, `writer failed on its own: ${writer.stderr.join('')}`).toBe('SIGKILL');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a fresh Carebook sees after the crash: first the raw database (full integrity check,
 * opened with the data key as the crash left it), then a new core that unlocks through the API.
 */
async function inspect(dataDir: string, folder: string, dataKey: Buffer): Promise<number> {
  const sqlite = openSqlite(dbPath(folder), dataKey);
  try {
    expect(checkIntegrity(sqlite, true), 'integrity_check after kill').toBe(true);
  } finally {
    sqlite.close();
  }
  const core = testCore({ dataDir });
  await core.ok('book.unlock', { passphrase: PASSPHRASE });
  const employer = await core.ok('employer.get', {});
  await core.close();
  return Number(employer?.phone ?? 0);
}

async function newBook() {
  const { core, folder } = await coreWithBook();
  await core.close();
  const dataKey = await unwrapKey(readKeyring(folder), 'passphrase', PASSPHRASE);
  return { dataDir: core.dataDir, folder, dataKey };
}

describe('killed while writing', () => {
  test(`every committed write survives ${WRITE_ROUNDS} kills at random moments`, { timeout: 180_000 }, async () => {
    const { dataDir, folder, dataKey } = await newBook();
    let committed = 0; // the highest counter any writer reported as saved
    let next = startWriter(dataDir);
    for (let round = 0; round < WRITE_ROUNDS; round++) {
      const writer = next;
      writer.go();
      // Most rounds die mid-write; every fifth dies at any point of unlocking (KDF, open, migrate).
      const duringUnlock = round % 5 === 4;
      if (!duringUnlock) await writer.waitFor((line) => line !== 'ready');
      const delay = Math.floor(random() * (duringUnlock ? 800 : 250));
      await sleep(delay);
      await kill(writer);
      next = startWriter(dataDir); // loads while we check the book

      const printed = writer.lines.filter((l) => /^\d+$/.test(l)).map(Number);
      const reported = Math.max(committed, ...printed);
      const stored = await inspect(dataDir, folder, dataKey);
      const where = `seed ${seed}, round ${round}, delay ${delay} ms, ${printed.length} writes reported`;
      // Every reported write is there; at most one more (saved, killed before it could say so).
      expect(stored, where).toBeGreaterThanOrEqual(reported);
      expect(stored, where).toBeLessThanOrEqual(reported + 1);
      committed = stored;
    }
    await kill(next);
    expect(committed, 'the writers got some writes done').toBeGreaterThan(WRITE_ROUNDS);
  });

  test(`a backup killed part-way never leaves a half-written backup under its final name (${BACKUP_ROUNDS} kills)`, { timeout: 120_000 }, async () => {
    const { dataDir, folder, dataKey } = await newBook();
    // Outside the data folder: Carebook refuses a backup folder inside its own folders.
    const backups = join(tempDir(), 'backups');
    mkdirSync(backups);
    const scratch = tempDir();
    let reported = 0;
    let next = startWriter(dataDir, 'backup', backups);
    for (let round = 0; round < BACKUP_ROUNDS; round++) {
      const writer = next;
      writer.go();
      await writer.waitFor((line) => line === 'ready');
      const delay = Math.floor(random() * 400);
      await sleep(delay);
      await kill(writer);
      next = startWriter(dataDir, 'backup', backups);
      const where = `seed ${seed}, round ${round}, delay ${delay} ms`;

      const done = writer.lines.filter((l) => l.startsWith('backup ')).map((l) => l.slice('backup '.length));
      reported += done.length;
      // The last backup the writer reported is complete (older ones may have been pruned).
      if (done.length) expect(existsSync(done[done.length - 1]!), where).toBe(true);

      // Every file under a backup name is whole: checksum, and a database that passes integrity_check.
      const finals = readdirSync(backups).filter((name) => name.endsWith(BACKUP_EXTENSION)).sort();
      for (const name of finals) {
        const { db } = readBackup(join(backups, name));
        const copy = join(scratch, `${round}-${name}.db`);
        writeFileSync(copy, db);
        const sqlite = openSqlite(copy, dataKey);
        expect(checkIntegrity(sqlite, true), `${where}: ${name}`).toBe(true);
        sqlite.close();
      }
      // book.backups lists exactly those: no temp or pending file shows up as a backup.
      const core = testCore({ dataDir });
      const listed = await core.ok('book.backups', { folder: backups });
      expect(listed.backups.map((b) => b.file.slice(backups.length + 1)).sort(), where).toEqual(finals);
      await core.close();

      await inspect(dataDir, folder, dataKey);
    }
    await kill(next);
    expect(reported, 'the writers finished some backups').toBeGreaterThan(0);
  });

  test(`killed during the WAL checkpoint at lock: every reported write survives (${LOCK_ROUNDS} kills)`, { timeout: 180_000 }, async () => {
    const { dataDir, folder, dataKey } = await newBook();
    let committed = 0;
    let next = startWriter(dataDir, 'lock');
    for (let round = 0; round < LOCK_ROUNDS; round++) {
      const writer = next;
      writer.go();
      // Wait for a write to be reported, then kill at a random moment of the lock that follows it.
      await writer.waitFor((line) => /^\d+$/.test(line));
      const delay = Math.floor(random() * 60);
      await sleep(delay);
      await kill(writer);
      next = startWriter(dataDir, 'lock');
      const printed = writer.lines.filter((l) => /^\d+$/.test(l)).map(Number);
      const reported = Math.max(committed, ...printed);
      const stored = await inspect(dataDir, folder, dataKey);
      const where = `seed ${seed}, round ${round}, delay ${delay} ms`;
      expect(stored, where).toBeGreaterThanOrEqual(reported);
      expect(stored, where).toBeLessThanOrEqual(reported + 1);
      committed = stored;
    }
    await kill(next);
  });

  /** Every folder a killed create or restore touched either holds a whole book or can take a new one. */
  async function checkFolders(base: string, made: string[], where: string, holds?: (core: TestCore) => Promise<void>) {
    for (const name of readdirSync(base)) {
      const folder = join(base, name);
      if (existsSync(join(folder, 'keyring'))) {
        const core = testCore();
        await core.ok('book.open', { folder });
        await core.ok('book.unlock', { passphrase: PASSPHRASE });
        await holds?.(core);
        await core.close();
      } else {
        expect(made, `${where}: ${name} was reported made but has no keyring`).not.toContain(folder);
        // What the crash left is cleared away: the folder takes a new book.
        const core = testCore();
        await core.ok('book.create', { folder, passphrase: PASSPHRASE });
        await core.close();
      }
    }
  }

  test(`killed while creating a book: each folder is a whole book or can be used again (${BOOK_ROUNDS} kills)`, { timeout: 240_000 }, async () => {
    const { dataDir } = await newBook();
    const base = tempDir();
    // As below: a create that finished before the kill points carebook.json at a folder the round removes.
    const config = join(dataDir, 'carebook.json');
    const firstConfig = readFileSync(config);
    let next = startWriter(dataDir, 'create', base);
    for (let round = 0; round < BOOK_ROUNDS; round++) {
      const writer = next;
      writer.go();
      await writer.waitFor((line) => line === 'ready');
      const delay = 200 + Math.floor(random() * 1500);
      await sleep(delay);
      await kill(writer);
      const made = writer.lines.filter((l) => l.startsWith('made ')).map((l) => l.slice(5));
      await checkFolders(base, made, `seed ${seed}, round ${round}, delay ${delay} ms`);
      rmSync(base, { recursive: true, force: true });
      mkdirSync(base);
      writeFileSync(config, firstConfig);
      next = startWriter(dataDir, 'create', base);
    }
    await kill(next);
  });

  test(`killed while restoring: each folder is the whole restored book or can be used again (${BOOK_ROUNDS} kills)`, { timeout: 240_000 }, async () => {
    const { core } = await coreWithBook();
    await core.ok('employer.update', { kind: 'individual', name: 'Restored Employer' });
    const backup = (await core.ok('book.backup', { folder: tempDir() })).file;
    await core.close();
    const dataDir = core.dataDir;
    const base = tempDir();
    // A restore that finished before the kill points carebook.json at its new folder, which the
    // round then removes: each round starts again from the first book.
    const config = join(dataDir, 'carebook.json');
    const firstConfig = readFileSync(config);
    let next = startWriter(dataDir, 'restore', base, backup);
    for (let round = 0; round < BOOK_ROUNDS; round++) {
      const writer = next;
      writer.go();
      await writer.waitFor((line) => line === 'ready');
      const delay = 100 + Math.floor(random() * 1500);
      await sleep(delay);
      await kill(writer);
      const made = writer.lines.filter((l) => l.startsWith('made ')).map((l) => l.slice(5));
      await checkFolders(base, made, `seed ${seed}, round ${round}, delay ${delay} ms`, async (c) => {
        expect((await c.ok('employer.get', {}))?.name).toBe('Restored Employer');
      });
      rmSync(base, { recursive: true, force: true });
      mkdirSync(base);
      writeFileSync(config, firstConfig);
      next = startWriter(dataDir, 'restore', base, backup);
    }
    await kill(next);
  });
});
