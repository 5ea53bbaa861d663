/** The pay area's public side: what the fair-pay check on the written statement needs. */
export { readApprenticeSince, readUserRates } from './store.js';
