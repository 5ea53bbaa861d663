import type { PayRateReason, ShiftKind, RateSeries } from '../../shared.js';

export const REASONS: Record<PayRateReason, string> = {
  starting: 'Starting rate',
  'annual-review': 'Annual review',
  progression: 'Progression (new skills or a qualification)',
  'new-duties': 'New duties',
  correction: 'Correction',
};

export const KINDS: Record<ShiftKind, string> = {
  work: 'Work',
  travel: 'Travel between visits',
  'sleep-in': 'Sleep-in',
  'waking-night': 'Waking night',
  'on-call': 'On call at home',
  training: 'Training',
};

export const KIND_HINTS: Partial<Record<ShiftKind, string>> = {
  travel: 'Travel from one visit to the next counts as working time. Travel from home to work does not: do not record it.',
  'sleep-in': 'Asleep at their workplace, with a bed provided. Only the time they are woken to work counts for the minimum wage.',
  'on-call': 'At home, ready to come if called. Only the time they spend working counts for the minimum wage.',
};

export const SERIES: Record<RateSeries, string> = {
  'minimum-21-and-over': 'National Living Wage (21 and over)',
  'minimum-18-to-20': 'Minimum wage, 18 to 20',
  'minimum-16-to-17': 'Minimum wage, 16 and 17',
  'minimum-apprentice': 'Apprentice rate',
  'rlw-uk': 'Real Living Wage, UK',
  'rlw-london': 'Real Living Wage, London',
};

export const FREQUENCIES = { weekly: 'Weekly', fortnightly: 'Fortnightly', 'four-weekly': 'Every four weeks', monthly: 'Monthly' } as const;

/** 450 → "7 hours 30 minutes" */
export { minutesInWords } from '../../shared.js';
