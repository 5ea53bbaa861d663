/** The pay area's public side: the fair-pay check the contract pages show beside the hourly rate. */
export { FairPayNotice } from './FairPayNotice.js';
export { RateCheck } from './RateCheck.js';
