import type { AreaHandlers } from '../context.js';
import { readSettings, writeSettings } from './store.js';

export const settingsHandlers: AreaHandlers<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => readSettings(ctx.book().db),
  'settings.update': (ctx, changes) => writeSettings(ctx.book().db, changes),
};
