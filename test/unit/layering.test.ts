import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The real eslint.config.js, run on snippets at made-up paths: each layer refuses a crossing
// import and accepts a legal one. The files need not exist.
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function refused(file: string, source: string, rule = 'no-restricted-imports'): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: resolve(root, file) });
  return (result?.messages ?? []).some((m) => m.ruleId === rule);
}

const cases: [file: string, importFrom: string, refusedThere: boolean][] = [
  // The page: no Node, no database, no Electron, nothing from core/main/preload.
  ['renderer/src/x.ts', 'node:fs', true],
  ['renderer/src/x.ts', 'fs', true],
  ['renderer/src/x.ts', 'fs/promises', true],
  ['renderer/src/x.ts', 'path', true],
  ['renderer/src/x.ts', 'os', true],
  ['renderer/src/x.ts', 'crypto', true],
  ['renderer/src/x.ts', 'electron', true],
  ['renderer/src/x.ts', 'electron/renderer', true],
  ['renderer/src/x.ts', 'better-sqlite3-multiple-ciphers', true],
  ['renderer/src/x.ts', 'kysely', true],
  ['renderer/src/areas/workers/x.tsx', '../../../../electron/core/index.js', true],
  ['renderer/src/x.ts', '../../electron/main/rules/external-links.js', true],
  ['renderer/src/x.ts', '../../electron/preload/index.js', true],
  ['renderer/src/x.ts', '../../electron/shared/api/index.js', false],
  ['renderer/src/x.ts', 'react', false],
  ['renderer/src/x.ts', 'zod', false],
  ['renderer/src/x.ts', './path/to/thing.js', false], // a folder named like a Node module is fine
  // The shared contract: the same as the page.
  ['electron/shared/api/x.ts', 'node:crypto', true],
  ['electron/shared/api/x.ts', 'kysely', true],
  ['electron/shared/x.ts', '../core/index.js', true],
  ['electron/shared/api/x.ts', '../../main/index.js', true],
  ['electron/shared/x.ts', '../preload/index.js', true],
  ['electron/shared/api/x.ts', './result.js', false],
  ['electron/shared/api/x.ts', 'zod', false],
  // The core: plain Node, no Electron, no shell, no page.
  ['electron/core/x.ts', 'electron', true],
  ['electron/core/book/x.ts', '../../main/lock.js', true],
  ['electron/core/x.ts', '../preload/index.js', true],
  ['electron/core/x.ts', '../../renderer/src/lib/api.js', true],
  ['electron/core/x.ts', 'node:fs', false],
  ['electron/core/x.ts', 'kysely', false],
  ['electron/core/book/x.ts', '../../shared/api/index.js', false],
  // date-fns one function at a time: its index costs over 300 MB of memory in Node.
  ['electron/core/contracts/x.ts', 'date-fns', true],
  ['electron/shared/people/x.ts', 'date-fns', true],
  ['renderer/src/x.ts', 'date-fns', true],
  ['electron/core/contracts/x.ts', 'date-fns/addMonths', false],
  ['electron/shared/people/x.ts', 'date-fns/parseISO', false],
  // The preload: electron and electron/shared only.
  ['electron/preload/index.ts', 'electron', false],
  ['electron/preload/index.ts', '../shared/bridge.js', false],
  ['electron/preload/index.ts', 'node:fs', true],
  ['electron/preload/index.ts', 'zod', true],
  ['electron/preload/index.ts', '../core/index.js', true],
  ['electron/preload/index.ts', '../main/ipc.js', true],
  // Pure shell rules: unit tests import them, so no Electron.
  ['electron/main/rules/x.ts', 'electron', true],
  ['electron/main/rules/x.ts', '../lock.js', true],
  ['electron/main/rules/x.ts', '../../core/index.js', true],
  ['electron/main/rules/x.ts', '../../shared/api/index.js', false],
  ['electron/main/rules/x.ts', 'node:path', false],
  ['electron/main/lock.ts', 'electron', false],
  // Tests: no Electron.
  ['test/core/x.test.ts', 'electron', true],
  ['test/unit/main/rules/x.test.ts', 'electron/main', true],
  ['test/e2e/x.spec.ts', 'electron', true],
  ['test/core/x.test.ts', '../../electron/core/index.js', false],
  ['test/unit/main/rules/x.test.ts', '../../../../electron/main/rules/app-url.js', false],
];

describe('layering lint', () => {
  it.each(cases)('%s importing %s: refused = %s', async (file, from, expected) => {
    expect(await refused(file, `import * as m from '${from}';\nvoid m;`)).toBe(expected);
  });

  it('also catches re-exports and type-only imports', async () => {
    expect(await refused('renderer/src/x.ts', "export { x } from '../../electron/core/index.js';")).toBe(true);
    expect(await refused('renderer/src/x.ts', "import type { Core } from '../../electron/core/index.js';\nlet c: Core | undefined;\nvoid c;")).toBe(true);
  });
});

// Areas talk through their public side: another area only through its index.ts (eslint-rules/area-imports.js).
const areaCases: [file: string, importFrom: string, refusedThere: boolean][] = [
  ['electron/core/checks/x.ts', '../workers/store.js', true],
  ['electron/core/checks/x.ts', '../workers/rules.js', true],
  ['electron/core/checks/x.ts', '../workers/migrations/004_people.js', true],
  ['electron/core/checks/x.ts', '../workers/index.js', false],
  ['electron/core/checks/x.ts', './store.js', false], // its own files
  ['electron/core/checks/example/x.ts', '../store.js', false],
  ['electron/core/checks/x.ts', '../db/schema.js', false], // shared ground, not an area
  ['electron/core/checks/x.ts', '../example/example-book.js', false],
  ['electron/core/checks/x.ts', '../area.js', false],
  ['electron/core/areas.ts', './workers/area.js', false], // the list of areas is not inside one
  ['renderer/src/areas/backups/x.tsx', '../settings/EmployerForm.js', true],
  ['renderer/src/areas/backups/x.tsx', '../settings/index.js', false],
  ['renderer/src/areas/pas/checks/x.tsx', '../details/DetailsPage.js', false], // inside one area
  ['renderer/src/app/x.tsx', '../areas/settings/SettingsPage.js', false], // the app layer may
];

describe('areas talk through their public side', () => {
  it.each(areaCases)('%s importing %s: refused = %s', async (file, from, expected) => {
    expect(await refused(file, `import * as m from '${from}';\nvoid m;`, 'carebook/area-imports')).toBe(expected);
  });

  it('also catches re-exports and dynamic imports', async () => {
    expect(await refused('electron/core/checks/x.ts', "export { readWorker } from '../workers/store.js';", 'carebook/area-imports')).toBe(true);
    expect(await refused('electron/core/checks/x.ts', "void import('../workers/store.js');", 'carebook/area-imports')).toBe(true);
  });
});
