/**
 * The renderer's only door to electron/shared: the API contract (zod schemas, types) and pure
 * helpers. Everything in the renderer imports shared code from here, never from Node, Electron
 * or the core.
 */
export * from '../../electron/shared/api/index.js';
export * from '../../electron/shared/passphrase-strength.js';
export type { CarebookBridge } from '../../electron/shared/bridge.js';
export * from '../../electron/shared/people/ni-number.js';
export * from '../../electron/shared/reference/dated.js';
export * from '../../electron/shared/reference/employment.js';
export * from '../../electron/shared/reference/care-workforce-pathway.js';
export * from '../../electron/shared/money.js';
export * from '../../electron/shared/dates.js';
export * from '../../electron/shared/people/names.js';
export * from '../../electron/shared/people/young-workers.js';
export * from '../../electron/shared/reference/young-workers.js';
export * from '../../electron/shared/pay/renderer.js';
