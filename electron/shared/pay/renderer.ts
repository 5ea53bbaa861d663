/** What the pages use of the pay rules (through renderer/src/shared.ts). */
export { belowMinimumWords, gapWords, realLivingWageWords } from './fair-pay-words.js';
export type { ComingChange, FairPay } from './fair-pay.js';
export { RATE_SERIES, type RateSeries, type SeriesRow } from './rate-series.js';
export { hoursDecimal, minutesInWords, shiftSpan } from './shift-time.js';
export { AUTO_ENROLMENT, EMPLOYMENT_ALLOWANCE } from '../reference/pay-rates.js';
