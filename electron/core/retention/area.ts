import type { CoreArea } from '../area.js';
import { longestServing } from '../workers/index.js';
import { retentionAttention } from './attention.js';
import { retentionHandlers } from './handlers.js';

/** How long each kind of record about a PA is kept after they leave, and deleting it then. */
export const retentionArea: CoreArea<keyof typeof retentionHandlers> = {
  name: 'retention',
  label: 'Records',
  handlers: retentionHandlers,
  attention: retentionAttention,
  tables: {},
  benchInputs: async (ctx) => ({ 'retention.list': { workerId: (await longestServing(ctx.db())).id } }),
};
