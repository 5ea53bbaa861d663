import type { CoreArea } from '../area.js';
import { longestServing } from '../workers/index.js';
import { historyHandlers } from './handlers.js';
import * as lines from './migrations/2026-12-01-2300_history_lines.js';

/** The book's history: what changed, when, and by which action, kept inside the encrypted book. */
export const historyArea: CoreArea<keyof typeof historyHandlers> = {
  name: 'history',
  label: 'History',
  handlers: historyHandlers,
  migrations: { '2026-12-01-2300_history_lines': lines },
  tables: { historyLine: { history: true } },
  benchInputs: async (ctx) => ({ 'history.list': { workerId: (await longestServing(ctx.db())).id } }),
};
