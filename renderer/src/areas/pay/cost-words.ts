import type { PayFrequency, PayrollFeePer } from '../../shared.js';

export const FEE_PER: Record<PayrollFeePer, string> = { year: 'A year', month: 'A month', 'four-weeks': 'Every four weeks', week: 'A week' };

export const BUDGET_FREQUENCIES: Record<PayFrequency, string> = { weekly: 'Every week', fortnightly: 'Every two weeks', 'four-weekly': 'Every four weeks', monthly: 'Every month' };
