import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { areaImports } from './eslint-rules/area-imports.js';

/*
 * Layering, as in DESIGN.md §1: a folder says where its code runs, and lint refuses an import
 * that crosses the wrong way. no-restricted-imports sees only the import string, so relative
 * imports are matched by the folder names they reach. Every pattern is an anchored regex: a
 * gitignore-style "electron" or "path" would also catch "../../electron/shared" or "./path".
 */

const names = (list) => list.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const NODE = `^(node:.*|(${names(builtinModules.filter((m) => !m.startsWith('_')))})(/.*)?)$`;
const DATABASE = '^(better-sqlite3[^/]*|kysely)(/.*)?$';
const ELECTRON = '^electron(/.*)?$';
/** "…/electron/core/…" reached through any relative path or an alias. */
const reaches = (...folders) => `(^|/)electron/(${folders.join('|')})(/|$)`;
/** From inside electron/<layer>/…: "../main/x", "../../preload/x" … */
const sibling = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

/** One layer: files, and the import patterns refused there (each [regex, message]). */
function layer(files, refused) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: refused.map(([regex, message]) => ({ regex, message })) }],
    },
  };
}

const PAGE = 'The page and the shared contract run in a browser: no Node, no database, no Electron, no core. Talk to the core through window.carebook.';
const CORE = 'The core runs in plain Node (tests, benchmarks, the e2e harness): it may not use Electron or reach the shell, the preload or the page.';
const PRELOAD = 'The preload may import only electron and electron/shared.';
const RULES = 'electron/main/rules holds pure functions that unit tests import: no Electron there.';
const DATE_FNS = "Import each date-fns function from its own path (date-fns/addMonths): the package's index loads every function, over 300 MB in Node.";
const TESTS = 'Tests must not import electron: importing it starts a download of its binary, and none exists on the build machines.';

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.bench/', 'test/fixtures/demo-area/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Plain JS here is Node tooling (scripts, configs, the icon maker): the globals of the Node
    // running lint are exactly the ones it has. TypeScript files leave no-undef to the compiler.
    files: ['**/*.{js,mjs,cjs}'],
    ignores: ['renderer/**'],
    languageOptions: { globals: Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((g) => [g, 'readonly'])) },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },

  layer(
    ['renderer/**/*.{ts,tsx,js,jsx}', 'electron/shared/**/*.ts'],
    [
      [NODE, PAGE],
      [DATABASE, PAGE],
      [ELECTRON, PAGE],
      [reaches('core', 'main', 'preload'), PAGE],
      [sibling('core', 'main', 'preload', 'renderer'), PAGE],
      ['^date-fns$', DATE_FNS],
    ],
  ),
  layer(
    ['electron/core/**/*.ts'],
    [
      [ELECTRON, CORE],
      [reaches('main', 'preload'), CORE],
      [sibling('main', 'preload'), CORE],
      ['(^|/)renderer(/|$)', CORE],
      ['^date-fns$', DATE_FNS],
    ],
  ),
  layer(['electron/preload/**/*.ts'], [['^(?!electron$|(\\.\\./)+shared(/|$)|\\./).*', PRELOAD]]),
  layer(
    ['electron/main/rules/**/*.ts'],
    [
      [ELECTRON, RULES],
      [reaches('core', 'main', 'preload'), RULES],
      // Up out of rules/ only into electron/shared: the wiring files beside rules/ import Electron.
      ['^\\.\\./(?!\\.\\./shared(/|$))', RULES],
    ],
  ),
  layer(['test/**/*.{ts,tsx,js,mjs}'], [[ELECTRON, TESTS]]),
  {
    // Areas talk through their public side (eslint-rules/area-imports.js).
    files: ['electron/core/**/*.ts', 'renderer/src/areas/**/*.{ts,tsx}'],
    plugins: { carebook: { rules: { 'area-imports': areaImports } } },
    rules: { 'carebook/area-imports': 'error' },
  },
);
