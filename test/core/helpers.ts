import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach } from 'vitest';
import type { Context } from '../../electron/core/area.js';
import { REGISTRY } from '../../electron/core/areas.js';
import type { OpenBook } from '../../electron/core/book/open-book.js';
import { unlockBook } from '../../electron/core/book/unlock.js';
import type { Schema } from '../../electron/core/db/schema.js';
import { openCore, type Core, type CoreOptions } from '../../electron/core/index.js';
import type { Input, MethodName, Output } from '../../electron/shared/api/index.js';

export const PASSPHRASE = 'maple garden rocket tulip';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'carebook-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCore extends Core {
  dataDir: string;
  /** Call and expect success; returns the value. */
  ok<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Call and expect failure; returns the error. */
  fails<M extends MethodName>(method: M, input: unknown): Promise<{ code: string; message: string; fields?: Record<string, string> }>;
}

export function testCore(options: Partial<CoreOptions> = {}): TestCore {
  const dataDir = options.dataDir ?? tempDir();
  const core = openCore({
    ...options,
    dataDir,
    onInternalError: (method, error) => {
      throw new Error(`internal error in ${method}: ${String(error)}`);
    },
  });
  cleanups.push(() => core.close());
  return {
    ...core,
    dataDir,
    async ok(method, input) {
      const result = await core.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    async fails(method, input) {
      const result = await core.call(method, input);
      if (result.ok) throw new Error(`${method} should have failed but returned ${JSON.stringify(result.value)}`);
      return result.error;
    },
  };
}

/** A core with a new book, unlocked. */
export async function coreWithBook(options: Partial<CoreOptions> = {}) {
  const core = testCore(options);
  const created = await core.ok('book.create', { passphrase: PASSPHRASE });
  return { core, ...created };
}

/** Lock the core, open the book's database directly, and unlock the core again afterwards. */
export async function withBook<T>(core: TestCore, folder: string, work: (db: Kysely<Schema>, book: OpenBook) => Promise<T>): Promise<T> {
  await core.ok('book.lock', {});
  const book = await unlockBook(folder, { passphrase: PASSPHRASE }, REGISTRY.migrations);
  try {
    return await work(book.db, book);
  } finally {
    book.close();
    await core.ok('book.unlock', { passphrase: PASSPHRASE });
  }
}

/** A Context on an open database, to call an area's provider (Home items) directly. */
export function contextOn(db: Kysely<Schema>, today: string, now: Date): Context {
  return { db: () => db, book: () => ({ db }), today: () => today, now: () => now, registry: REGISTRY } as unknown as Context;
}
