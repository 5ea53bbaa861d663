import type { AttentionItem } from '../../shared/api/index.js';
import { bookAttention } from '../book/attention.js';
import type { AreaHandlers, Context } from '../context.js';
import { checksAttention } from '../checks/attention.js';
import { contractsAttention } from '../contracts/attention.js';
import { employerAttention } from '../employer/attention.js';
import { retentionAttention } from '../retention/attention.js';
import { workersAttention } from '../workers/attention.js';
import { sortAttention } from './sort.js';

/** Each area adds the function that lists its own items. */
const PROVIDERS: ((ctx: Context) => Promise<AttentionItem[]>)[] = [
  bookAttention,
  employerAttention,
  workersAttention,
  checksAttention,
  contractsAttention,
  retentionAttention,
];

export const attentionHandlers: AreaHandlers<'attention.list'> = {
  'attention.list': async (ctx) => {
    const lists = await Promise.all(PROVIDERS.map((provide) => provide(ctx)));
    return { items: sortAttention(lists.flat()) };
  },
};
