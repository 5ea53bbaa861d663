import type { Migration } from 'kysely/migration';
import { isMethodName, isWrite, type DocumentKind, type RecordKind } from '../shared/api/index.js';
import type { CoreArea, Registry, TableName, TableRole } from './area.js';

function claim<K, V>(into: Map<K, V>, key: K, value: V, what: string): void {
  if (into.has(key)) throw new Error(`${what} ${String(key)} is declared twice`);
  into.set(key, value);
}

/**
 * Merge the areas' manifests. Throws at start-up (and so in every test) when two areas claim
 * the same method, table, record kind, document kind or migration, or when a method is not
 * named after its area, since a silent overwrite would hide one of them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each area's handlers are typed by its own methods
export function buildRegistry(areas: readonly CoreArea<any>[]): Registry {
  const handlers = new Map<string, unknown>();
  const unrecorded = new Map<string, string>();
  const migrations = new Map<string, Migration>();
  const migrationArea = new Map<string, string>();
  const tables = new Map<TableName, { area: string; role: TableRole }>();
  const recordKinds = new Map<RecordKind, { area: string; label: string }>();
  const documentKinds = new Map<DocumentKind, RecordKind>();
  const linkable: TableName[] = [];
  for (const area of areas) {
    for (const [method, handler] of Object.entries(area.handlers)) {
      if (!method.startsWith(`${area.name}.`)) throw new Error(`Method ${method} is in the ${area.name} area but not named after it`);
      claim(handlers, method, handler, 'Method');
    }
    for (const [method, reason] of Object.entries(area.unrecorded ?? {})) unrecorded.set(method, reason as string);
    for (const [name, migration] of Object.entries(area.migrations ?? {})) {
      claim(migrations, name, migration, 'Migration');
      migrationArea.set(name, area.name);
    }
    for (const [table, role] of Object.entries(area.tables) as [TableName, TableRole][]) claim(tables, table, { area: area.name, role }, 'Table');
    for (const [kind, label] of Object.entries(area.recordKinds ?? {}) as [RecordKind, string][]) {
      claim(recordKinds, kind, { area: area.name, label }, 'Record kind');
    }
    linkable.push(...(area.documents?.linkTo ?? []));
    for (const [kind, filedAs] of Object.entries(area.documents?.kinds ?? {}) as [DocumentKind, RecordKind][]) {
      claim(documentKinds, kind, filedAs, 'Document kind');
    }
  }
  const recordedAreas = areas
    .filter((a) => Object.keys(a.handlers).some((m) => isMethodName(m) && isWrite(m) && !unrecorded.has(m)))
    .map((a) => ({ area: a.name, label: a.label }));
  return {
    areas,
    recordedAreas,
    handlers: Object.fromEntries(handlers) as Registry['handlers'],
    unrecorded,
    attention: areas.flatMap((a) => (a.attention ? [a.attention] : [])),
    migrations: Object.fromEntries(migrations),
    migrationArea,
    tables,
    recordKinds,
    linkable,
    documentKinds,
    examples: areas.flatMap((a) => (a.example ? [a.example] : [])),
    lockHooks: areas.flatMap((a) => (a.onLock ? [a.onLock] : [])),
  };
}
