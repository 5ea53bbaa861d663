/** The contracts area's public side: pay reads each version's hourly rate and pay frequency. */
export { readVersions, readVersionsOf } from './store.js';
