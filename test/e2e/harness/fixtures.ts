/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser and use DOM types.)
/**
 * Playwright fixtures: one static server per worker, and per test a real core on a fresh temp
 * data folder, wired into the page as `window.carebook` through exposeFunction. Host methods
 * (native dialogs) are answered from `carebook.host`, which a test sets.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../../electron/core/index.js';
import type { Input, MethodName, Output, Result } from '../../../electron/shared/api/index.js';
import { ChosenFiles, refuseUnchosenFile } from '../../../electron/shared/chosen-files.js';
import { BRIDGE_SCRIPT } from './bridge-script.js';
import { startServer, type StaticServer } from './server.js';

export const PASSPHRASE = 'maple garden rocket tulip';

export interface Carebook {
  /** The app's data folder for this test (the default book is `<dataDir>/book`). */
  dataDir: string;
  /** What the host's folder and file dialogs answer next; null means "cancelled". `opened`: paths given to host.openPath. */
  host: { folder: string | null; file: string | null; opened: string[] };
  /** Call the real core directly (to prepare or check state); throws when it refuses. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** A path for a new folder inside this test's temp area (not created). */
  path(name: string): string;
  /** Open the app at a route, e.g. "/" or "/settings". */
  open(route?: string): Promise<void>;
  /** Make a book with PASSPHRASE and lock it; returns the recovery code. */
  lockedBook(): Promise<string>;
  /** Make a book with PASSPHRASE and leave it unlocked (the page still needs open()). */
  unlockedBook(): Promise<string>;
}

export const test = base.extend<{ carebook: Carebook }, { server: StaticServer }>({
  server: [
    // Playwright needs the object pattern even when a fixture uses no other fixture.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  carebook: async ({ page, server }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'carebook-e2e-'));
    const dataDir = join(root, 'data');
    const core: Core = openCore({ dataDir });
    const host = { folder: null as string | null, file: null as string | null, opened: [] as string[] };
    const chosen = new ChosenFiles();

    await page.exposeFunction('__carebookCall', async (method: string, input: unknown): Promise<Result<unknown>> => {
      if (method === 'host.chooseFolder') return { ok: true, value: { folder: host.folder } };
      // Answered as the app's own dialog is, and remembered: documents.add reads only files chosen here.
      if (method === 'host.chooseFile') {
        chosen.remember(host.file);
        return { ok: true, value: { file: host.file } };
      }
      if (method === 'host.openPath') {
        host.opened.push((input as { path: string }).path);
        return { ok: true, value: { opened: true } };
      }
      return refuseUnchosenFile(method, input, chosen) ?? core.call(method, input);
    });
    await page.addInitScript({ content: BRIDGE_SCRIPT });

    const call: Carebook['call'] = async (method, input) => {
      const r = await core.call(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    };
    const unlockedBook = async () => (await call('book.create', { passphrase: PASSPHRASE })).recoveryCode;

    await use({
      dataDir,
      host,
      call,
      path: (name) => join(root, name),
      open: async (route = '/') => {
        await page.goto(`${server.url}#${route}`);
      },
      unlockedBook,
      lockedBook: async () => {
        const code = await unlockedBook();
        await call('book.lock', {});
        return code;
      },
    });

    await core.close();
    rmSync(root, { recursive: true, force: true });
  },
});

export { expect };

/** The page's h1, which has focus after each route change. */
export async function expectPage(page: Page, heading: string | RegExp) {
  const h1 = page.locator('h1');
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
}
