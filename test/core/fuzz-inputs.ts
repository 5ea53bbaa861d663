import type { z } from 'zod';
import { labelOf } from '../../electron/shared/api/index.js';

/**
 * Inputs for the fuzz test (fuzz.test.ts): a small seeded generator of our own, guided by each
 * method's zod schema so that many inputs get past validation and reach the handlers, with
 * hostile values mixed in everywhere (wrong types, huge and strange strings, prototype keys,
 * paths to FIFOs, devices and folders). No dependency: the schema is walked through zod's own
 * `_zod.def`, so a new method or field is covered without edits here.
 */

export class Random {
  constructor(private state: number) {}
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** What the generator may point at: ids of real records, and paths of hostile files. */
export interface Pools {
  ids: string[];
  paths: string[];
  folders: string[];
}

const STRANGE_STRINGS = [
  '',
  ' ',
  '\t\n',
  '__proto__',
  'constructor',
  'toString',
  "'; DROP TABLE workers; --",
  '%s%s%n',
  '\u202Egnp.exe',
  '\u0000',
  'é'.normalize('NFD'),
  '😀'.repeat(50),
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  '\\\\server\\share',
  'x'.repeat(10_000),
  '0',
  '-1',
  'NaN',
  'null',
  'true',
  '2026-02-30',
  '2026-13-01',
  '1899-12-31',
  '9999-12-31',
  '2026-1-1',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
];

const NUMBERS = [0, -0, -1, 1, 0.5, 1e-9, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.NaN, Infinity, -Infinity, 1e21];

/** A value of any kind, chosen to break things. */
export function hostile(rng: Random, pools: Pools, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 6 : 9)) {
    case 0:
      return rng.pick(NUMBERS);
    case 1:
      return rng.pick(STRANGE_STRINGS);
    case 2:
      return rng.pick([true, false, null, undefined]);
    case 3:
      return rng.pick([...pools.paths, ...pools.folders]);
    case 4:
      return rng.pick(pools.ids.length ? pools.ids : ['00000000-0000-4000-8000-000000000000']);
    case 5:
      return randomText(rng);
    case 6:
      return Array.from({ length: rng.int(4) }, () => hostile(rng, pools, depth + 1));
    case 7: {
      // Own keys that look dangerous: JSON.parse makes "__proto__" a real key, as IPC would.
      const obj = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') as Record<string, unknown>;
      if (rng.chance(0.5)) obj[rng.pick(STRANGE_STRINGS)] = hostile(rng, pools, depth + 1);
      return obj;
    }
    default:
      return Object.fromEntries(Array.from({ length: rng.int(3) }, () => [randomText(rng).slice(0, 30), hostile(rng, pools, depth + 1)]));
  }
}

function randomText(rng: Random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-_/.,\'"\\:é\u202E\u0000\n';
  return Array.from({ length: rng.int(40) }, () => alphabet[rng.int(alphabet.length)]).join('');
}

function isoDateNear(rng: Random): string {
  const year = rng.pick([1990, 1998, 2005, 2009, 2013, 2020, 2024, 2025, 2026, 2027, 2031]);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * A value for `schema`: mostly of the right shape (so handlers run), with a hostile value, a
 * missing key or an extra key now and then (`wild` is how often, 0..1).
 */
export function fromSchema(schema: z.ZodType, rng: Random, pools: Pools, wild: number, key = '', depth = 0): unknown {
  if (depth > 6 || rng.chance(wild * 0.5)) return hostile(rng, pools);
  const def = defOf(schema);
  const label = (labelOf(schema) ?? '').toLowerCase();
  const name = `${key} ${label}`.toLowerCase();
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(shape)) {
        if (rng.chance(wild * 0.2)) continue; // a key left out
        const value = fromSchema(child, rng, pools, wild, k, depth + 1);
        if (value !== undefined) out[k] = value;
      }
      if (rng.chance(wild * 0.2)) out[rng.pick(['extra', '__proto__', 'x'.repeat(300), 'id'])] = hostile(rng, pools);
      return out;
    }
    case 'string': {
      if (/folder|into/.test(name)) return rng.pick(pools.folders);
      if (/path|file/.test(name)) return rng.pick(pools.paths);
      if (/date|on$|from|\bon\b/.test(name) || /On$|From$/.test(key)) return rng.chance(0.85) ? isoDateNear(rng) : rng.pick(['', '2026-02-30', 'today']);
      if (/id$/.test(key) || /^id$|record|\bpa\b|check|document|version|interview/.test(label)) {
        return pools.ids.length && rng.chance(0.8) ? rng.pick(pools.ids) : rng.pick(['00000000-0000-4000-8000-000000000000', '']);
      }
      if (/passphrase|recovery/.test(name)) return rng.pick(['maple garden rocket tulip', 'password1234', 'short', 'x'.repeat(2000), 'ABCDE-FGHJK']);
      if (/csv/.test(name)) return rng.pick(['Full name,Start date\nSam,2026-01-01\n', '=cmd|calc,x\n', '', '"unterminated\n', 'a,b\n'.repeat(300)]);
      if (/postcode/.test(name)) return rng.pick(['SW1A 1AA', 'bs1 4dj', 'nowhere']);
      if (/email/.test(name)) return rng.pick(['pat@example.com', 'pat@', '']);
      return rng.chance(0.7) ? rng.pick(['Sam Carter', 'Personal assistant', 'At home', 'Weekdays', '1 April', 'the last Friday']) : randomText(rng);
    }
    case 'number':
    case 'int':
      return rng.chance(0.7) ? rng.pick([0, 1, 2, 3, 5, 7, 16, 20, 37.5, 1271, 100]) : rng.pick(NUMBERS);
    case 'boolean':
      return rng.chance(0.9) ? rng.chance(0.5) : hostile(rng, pools);
    case 'literal':
      return rng.pick(def.values as unknown[]);
    case 'enum':
      return rng.pick(Object.values(def.entries as Record<string, unknown>));
    case 'array': {
      const n = rng.int(rng.chance(0.1) ? 40 : 4);
      return Array.from({ length: n }, () => fromSchema(def.element as z.ZodType, rng, pools, wild, key, depth + 1));
    }
    case 'union':
      return fromSchema(rng.pick(def.options as z.ZodType[]), rng, pools, wild, key, depth + 1);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      if (def.type === 'nullable' && rng.chance(0.2)) return null;
      if ((def.type === 'optional' || def.type === 'default') && rng.chance(0.3)) return undefined;
      return fromSchema(def.innerType as z.ZodType, rng, pools, wild, key, depth + 1);
    case 'pipe':
      return fromSchema(def.in as z.ZodType, rng, pools, wild, key, depth + 1);
    case 'record':
      return { [randomText(rng)]: hostile(rng, pools) };
    default:
      return hostile(rng, pools);
  }
}
