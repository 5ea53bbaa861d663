/** The history area's public side: what other areas and the write path use. */
export { changesBetween, shown } from './describe.js';
export type { NewHistoryLine } from './line.js';
export { forgetLines, historySize, insertLines, type StoredLine } from './store.js';
