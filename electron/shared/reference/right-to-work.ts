import type { Dated } from './dated.js';

/**
 * Right-to-work civil penalty: the most the Home Office can fine per illegal worker
 * (REFERENCE §1.3 [11]). The £45,000 / £60,000 figures apply from 13 February 2024, when the
 * penalties were trebled; the start date is from the Home Office announcement, not the stored
 * sources, so check it before relying on it for older dates. Before the first row, no figure
 * is shown.
 */
export const RIGHT_TO_WORK_PENALTY: readonly Dated<{ firstBreachPounds: number; repeatBreachPounds: number }>[] = [
  { from: '2024-02-13', value: { firstBreachPounds: 45_000, repeatBreachPounds: 60_000 }, source: 'REFERENCE §1.3 [11]' },
];
