import type { z } from 'zod';
import { attentionApi } from './attention.js';
import { bookApi } from './book.js';
import { checksApi } from './checks.js';
import { contractsApi } from './contracts.js';
import { documentsApi } from './documents.js';
import { employerApi } from './employer.js';
import { historyApi } from './history.js';
import { hostApi } from './host.js';
import type { Method } from './method.js';
import { payApi } from './pay.js';
import { payImportApi } from './pay-import.js';
import { payCostApi } from './pay-cost.js';
import { retentionApi } from './retention.js';
import { settingsApi } from './settings.js';
import { trainingApi } from './training.js';
import { workersApi } from './workers.js';

export * from './attention.js';
export * from './book.js';
export * from './checks.js';
export * from './contracts.js';
export * from './documents.js';
export * from './employer.js';
export * from './fields.js';
export * from './history.js';
export * from './host.js';
export * from './method.js';
export * from './pay.js';
export * from './pay-import.js';
export * from './pay-cost.js';
export * from './result.js';
export * from './retention.js';
export * from './settings.js';
export * from './training.js';
export * from './workers.js';

/** Merge area contracts, refusing a method name defined twice (a silent overwrite would hide one). */
function merge<T extends Record<string, Method<z.ZodType, unknown>>[]>(...parts: T) {
  const all: Record<string, Method<z.ZodType, unknown>> = {};
  for (const part of parts) {
    for (const [name, m] of Object.entries(part)) {
      if (name in all) throw new Error(`API method ${name} is defined twice`);
      all[name] = m;
    }
  }
  return all as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The whole API: each area adds its contract here as it lands. */
export const api = merge(
  bookApi,
  settingsApi,
  employerApi,
  attentionApi,
  hostApi,
  workersApi,
  checksApi,
  contractsApi,
  documentsApi,
  retentionApi,
  historyApi,
  payApi,
  payImportApi,
  payCostApi,
  trainingApi,
);

export type Api = typeof api;
export type MethodName = keyof Api & string;
export type CoreMethodName = Exclude<MethodName, `host.${string}`>;
export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Output<M extends MethodName> = Api[M]['output'];
/** The methods that only read, and those that change the book, as the contract marks them. */
export type ReadMethodName = { [M in MethodName]: Api[M]['effect'] extends 'read' ? M : never }[MethodName];
export type WriteMethodName = Exclude<MethodName, ReadMethodName>;

export function isWrite(name: MethodName): name is WriteMethodName {
  return api[name].effect === 'write';
}

/** A read that makes a file to save (method.ts). */
export function makesFile(name: MethodName): boolean {
  return (api[name] as { file?: true }).file === true;
}

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
export * from './issues.js';
