import type { CoreArea } from '../area.js';
import { settingsHandlers } from './handlers.js';

/** How Carebook behaves for this book: locking, text size, backups. */
export const settingsArea: CoreArea<keyof typeof settingsHandlers> = {
  name: 'settings',
  label: 'Settings',
  handlers: settingsHandlers,
  tables: { setting: { bookWide: 'how Carebook behaves for this book: locking, text size, backups' } },
};
