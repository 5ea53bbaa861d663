import { settingsSchema, type Settings } from '../../shared/api/index.js';
import type { AreaHandlers } from '../area.js';
import { changesBetween } from '../history/index.js';
import { readSettings, writeSettings } from './store.js';

export const settingsHandlers: AreaHandlers<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => readSettings(ctx.db()),
  'settings.update': async (ctx, changes) => {
    const before = await readSettings(ctx.db());
    // Only what really changes is written, so saving a page as it was leaves no history line.
    const changed = Object.fromEntries(
      Object.entries(changes).filter(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key as keyof Settings])),
    ) as Partial<Settings>;
    if (Object.keys(changed).length === 0) return before;
    const after = await writeSettings(ctx.db(), changed);
    ctx.record({ summary: 'Changed your settings', changes: changesBetween(settingsSchema, before, after) });
    return after;
  },
};
