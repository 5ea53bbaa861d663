import type { AreaHandlers } from '../area.js';
import { sortAttention } from './sort.js';

export const attentionHandlers: AreaHandlers<'attention.list'> = {
  'attention.list': async (ctx) => {
    // Each area's provider, from its manifest (areas.ts).
    const lists = await Promise.all(ctx.registry.attention.map((provide) => provide(ctx)));
    return { items: sortAttention(lists.flat()) };
  },
};
