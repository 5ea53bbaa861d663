import type { AreaHandlers } from '../area.js';
import { CoreError } from '../errors.js';
import { requireWorker } from '../workers/index.js';
import { readLines } from './store.js';

export const historyHandlers: AreaHandlers<'history.list'> = {
  'history.list': async (ctx, { workerId, area, before, limit }) => {
    const areas = ctx.registry.recordedAreas;
    if (area && !areas.some((a) => a.area === area)) {
      throw new CoreError('invalid_input', 'Choose an area from the list', { area: 'Choose an area from the list' });
    }
    if (workerId) await requireWorker(ctx.db(), workerId);
    const labels = new Map(areas.map((a) => [a.area, a.label]));
    const page = await readLines(ctx.db(), { workerId, area, before, limit }, (name) => labels.get(name) ?? name);
    return { ...page, areas: [...areas] };
  },
};
