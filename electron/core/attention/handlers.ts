import type { AttentionItem } from '../../shared/api/index.js';
import { bookAttention } from '../book/attention.js';
import type { AreaHandlers, Context } from '../context.js';
import { employerAttention } from '../employer/attention.js';
import { sortAttention } from './sort.js';

/** Each area adds the function that lists its own items. */
const PROVIDERS: ((ctx: Context) => Promise<AttentionItem[]>)[] = [bookAttention, employerAttention];

export const attentionHandlers: AreaHandlers<'attention.list'> = {
  'attention.list': async (ctx) => {
    const lists = await Promise.all(PROVIDERS.map((provide) => provide(ctx)));
    return { items: sortAttention(lists.flat()) };
  },
};
