import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { dbPath } from '../../electron/core/book/files.js';
import { openCore } from '../../electron/core/index.js';
import { api, parsePlain, type ApiError } from '../../electron/shared/api/index.js';
import { fromSchema, hostile, Random, type Pools } from './fuzz-inputs.js';
import { LIBRARY_WORDING, MESSAGE_MAX } from './library-wording.js';

/**
 * Property-based fuzz of every method in the contract (read from `api`, so a new method is
 * covered without an edit here). Inputs come from each method's own schema, mostly well formed
 * so they reach the handlers, with hostile values everywhere (fuzz-inputs.ts). Every answer must
 * be a Result, never a throw; a refusal must never be an internal error, never carry a library's
 * words, never be longer than a few sentences or echo a long input; and a refused call that got
 * past validation must leave the book's files and the scratch folders exactly as they were
 * (no partial write).
 *
 *   FUZZ_INPUTS=200000 FUZZ_SEED=7 npx vitest run test/core/fuzz.test.ts
 *
 * Well-formed calls are limited by time per method (VALID_MS), since a valid book.create or
 * book.restore costs a key derivation; once a method has used its time, its inputs are made
 * invalid by an extra key, which still exercises validation.
 */

const TOTAL = Number(process.env.FUZZ_INPUTS ?? 50_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const VALID_MS = Number(process.env.FUZZ_VALID_MS ?? 250);
const PASSPHRASE = 'maple garden rocket tulip';
const ECHO = 24;

// A RAM disk where there is one, so the many small commits (synchronous=FULL) do not wait for a disk.
const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const root = mkdtempSync(join(base, 'carebook-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fingerprint(bookFolder: string): string {
  const parts: string[] = [];
  for (const file of [dbPath(bookFolder), `${dbPath(bookFolder)}-wal`]) {
    const info = existsSync(file) ? statSync(file) : null;
    parts.push(info ? `${info.size}@${info.mtimeMs}` : '-');
  }
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      if (name === 'opened') continue; // documents.open's copies: made by reads that succeed
      parts.push(full.slice(root.length));
      if (depth < 4 && lstatSync(full).isDirectory()) walk(full, depth + 1);
    }
  };
  walk(root, 0);
  return parts.join('|');
}

function stringsIn(value: unknown, depth = 0, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && depth < 5) for (const v of Object.values(value)) stringsIn(v, depth + 1, out);
  return out;
}

function problemsWith(error: ApiError, input: unknown): string[] {
  const problems: string[] = [];
  const texts = [error.message, ...Object.keys(error.fields ?? {}), ...Object.values(error.fields ?? {})];
  if (error.code === 'internal') problems.push('internal error');
  if (typeof error.message !== 'string' || error.message.trim() === '') problems.push('no message');
  for (const text of texts) {
    if (LIBRARY_WORDING.test(text)) problems.push(`library wording: ${text.slice(0, 160)}`);
    if (text.length > MESSAGE_MAX) problems.push(`message of ${text.length} characters`);
  }
  for (const sent of stringsIn(input)) {
    const piece = sent.slice(0, ECHO);
    if (sent.length >= ECHO && piece.trim().length >= ECHO - 4 && texts.some((t) => t.includes(piece))) problems.push(`echoes input: ${piece}`);
  }
  return problems;
}

test(`fuzz: ${TOTAL} hostile inputs across every method in the contract`, { timeout: 600_000 }, async () => {
  const internal: string[] = [];
  const dataDir = join(root, 'data');
  const core = openCore({ dataDir, onInternalError: (method, error) => internal.push(`${method}: ${String(error)}`) });
  const ok = async (method: string, input: unknown) => {
    const r = await core.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as Record<string, string>;
  };

  // A book with something in it, and hostile files for the paths to point at.
  const { folder: bookFolder } = await ok('book.create', { passphrase: PASSPHRASE });
  await ok('employer.update', { kind: 'individual', name: 'Alex Example' });
  const sam = await ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2025-01-06', jobTitle: 'PA' });
  const kit = await ok('workers.create', { fullName: 'Kit Lee', status: 'applicant' });
  const pdf = join(root, 'scan.pdf');
  writeFileSync(pdf, '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const doc = await ok('documents.add', { workerId: sam.id, path: pdf, kind: 'other', label: 'Scan' });
  const backups = join(root, 'backups');
  const backup = await ok('book.backup', { folder: backups });
  const fifo = join(root, 'pipe.carebook-backup');
  execFileSync('mkfifo', [fifo]);
  const huge = join(root, 'huge.carebook-backup');
  writeFileSync(huge, '');
  truncateSync(huge, 3 * 1024 ** 3);
  mkdirSync(join(root, 'a-folder'));
  const pools: Pools = {
    ids: [sam.id!, kit.id!, doc.id!],
    paths: [pdf, backup.file!, fifo, huge, join(root, 'a-folder'), '/proc/self/mem', '/dev/zero', join(root, 'missing.pdf'), 'relative.pdf', join(dataDir, 'carebook.json'), join(bookFolder!, 'keyring')],
    folders: [join(root, 'new'), join(root, 'new', 'deeper'), backups, bookFolder!, join(dataDir, 'opened'), dataDir, fifo, pdf, '/', '/proc', join(root, 'x'.repeat(300)), 'relative/folder', 'C:\\Users\\pat'],
  };

  let passphrase = PASSPHRASE;
  const repair = async () => {
    const status = await core.call('book.status', {});
    const s = status.ok ? (status.value as { state: string; folder: string; isExample: boolean }) : null;
    if (s && s.state === 'unlocked' && s.folder === bookFolder && !s.isExample) return;
    await ok('book.open', { folder: bookFolder });
    await ok('book.unlock', { passphrase });
  };

  const rng = new Random(SEED);
  const methods = Object.keys(api).filter((m) => !m.startsWith('host.'));
  const unknown = ['book.__proto__', 'constructor', 'host.chooseFile', 'x'.repeat(500), ''];
  const validTime = new Map<string, number>();
  const failures: string[] = [];
  let calls = 0;
  let reachedHandlers = 0;
  const started = performance.now();
  const perMethod = Math.ceil(TOTAL / (methods.length + 1));

  for (let round = 0; round < perMethod && calls < TOTAL; round++) {
    for (const method of [...methods, rng.pick(unknown)]) {
      if (calls >= TOTAL) break;
      const schema = (api as Record<string, { input: import('zod').ZodType }>)[method]?.input;
      let input = schema && rng.chance(0.85) ? fromSchema(schema, rng, pools, rng.next() ** 2) : hostile(rng, pools);
      let valid = !!schema && parsePlain(schema, input ?? {}).success;
      if (valid && (validTime.get(method) ?? 0) > VALID_MS) {
        // This method has had its time for well-formed calls: make this one invalid.
        input = { ...(typeof input === 'object' && input !== null ? input : {}), ['fuzz-extra']: 1 };
        valid = parsePlain(schema!, input).success;
        if (valid) continue;
      }
      const before = valid ? fingerprint(bookFolder!) : '';
      const t0 = performance.now();
      let result;
      try {
        result = await core.call(method, input);
      } catch (error) {
        failures.push(`${method} threw: ${String(error)}`);
        continue;
      } finally {
        calls++;
      }
      if (!result || typeof result.ok !== 'boolean') failures.push(`${method} answered ${JSON.stringify(result)}`);
      else if (!result.ok) {
        for (const p of problemsWith(result.error, input)) failures.push(`${method}: ${p} (input ${JSON.stringify(input)?.slice(0, 200)})`);
        if (valid && fingerprint(bookFolder!) !== before) failures.push(`${method}: refused (${result.error.code}) but changed files (input ${JSON.stringify(input)?.slice(0, 200)})`);
      } else if (method === 'book.changePassphrase') {
        passphrase = (input as { next: string }).next;
      }
      if (valid) {
        reachedHandlers++;
        await repair();
        validTime.set(method, (validTime.get(method) ?? 0) + performance.now() - t0);
      }
      if (failures.length > 20) break;
    }
    if (failures.length > 20) break;
  }
  const seconds = (performance.now() - started) / 1000;
  if (process.env.FUZZ_PROFILE) console.log([...validTime].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([m, t]) => `${m} ${t.toFixed(0)}ms`).join(', '));
  await core.close();
  console.log(
    `fuzz: ${calls} inputs across ${methods.length} methods (+ unknown names) in ${seconds.toFixed(1)} s, ` +
      `${reachedHandlers} reached a handler (${([...validTime.values()].reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s of them); seed ${SEED}`,
  );
  expect(internal, 'internal errors').toEqual([]);
  expect(failures).toEqual([]);
  expect(calls).toBeGreaterThanOrEqual(Math.min(TOTAL, 1000));
});
