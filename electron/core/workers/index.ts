/** The workers area's public side: finding a PA, and the one way to say one cannot be found. */
export { everStarted } from './rules.js';
export { findWorker, longestServing, readWorker, requireWorker, setJobTitle, workerNotFound } from './store.js';
