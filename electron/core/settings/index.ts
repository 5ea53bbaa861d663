/** The settings area's public side. */
export { readSettings, writeSettings } from './store.js';
