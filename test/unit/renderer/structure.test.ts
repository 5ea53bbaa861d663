import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * How the renderer's folders may depend on each other, read from the import lines themselves:
 * no cycles (type-only imports count: they are how cycles start), lib ← ui ← areas ← app, an
 * area reaching another only through its index.ts, and every area manifest in the one list.
 */
const SRC = resolve(import.meta.dirname, '../../../renderer/src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** "./x.js" → the file it means (x.ts, x.tsx), or null for packages and files outside src. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
  return found && found.startsWith(SRC) ? found : null;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const graph = new Map<string, string[]>(
  files(SRC).map((f) => {
    const deps = [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => resolveImport(f, (m[1] ?? m[2])!));
    return [f, deps.filter((d): d is string => d !== null)];
  }),
);
const rel = (f: string) => relative(SRC, f);

describe('renderer structure', () => {
  test('no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) walk(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) walk(f, []);
    expect(cycles).toEqual([]);
  });

  test('lib and ui know nothing of the app or its areas; areas nothing of the app', () => {
    const layer = (f: string) => rel(f).split('/')[0]!;
    const refused: Record<string, string[]> = { lib: ['ui', 'areas', 'app'], ui: ['areas', 'app'], areas: ['app'] };
    const crossings = [...graph].flatMap(([f, deps]) =>
      deps.filter((d) => refused[layer(f)]?.includes(layer(d))).map((d) => `${rel(f)} imports ${rel(d)}`),
    );
    expect(crossings).toEqual([]);
  });

  test('an area reaches another only through its index.ts', () => {
    const area = (f: string) => /^areas\/([^/]+)\//.exec(rel(f))?.[1];
    const deep = [...graph].flatMap(([f, deps]) =>
      deps
        .filter((d) => area(f) && area(d) && area(d) !== area(f) && rel(d) !== `areas/${area(d)}/index.ts`)
        .map((d) => `${rel(f)} imports ${rel(d)}`),
    );
    expect(deep).toEqual([]);
  });

  test('every area manifest is in the one list (app/areas.ts)', () => {
    const manifests = [...graph.keys()].filter((f) => rel(f).startsWith('areas/') && rel(f).endsWith('/area.ts'));
    const listed = graph.get(join(SRC, 'app/areas.ts'))!;
    expect(manifests.filter((m) => !listed.includes(m)).map(rel)).toEqual([]);
    expect(manifests.length).toBeGreaterThan(5);
  });
});
