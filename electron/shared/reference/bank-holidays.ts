import type { Dated } from './dated.js';

/**
 * Bank holidays in England and Wales, a dated copy of GOV.UK's list as at 21 August 2026
 * (REFERENCE §1.8 [62]). Pay rates may carry a bank holiday enhancement. A new year's dates
 * are a new row.
 */
export const BANK_HOLIDAYS_ENGLAND: readonly Dated<readonly string[]>[] = [
  {
    from: '2025-01-01',
    value: [
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
    ],
    source: 'REFERENCE §1.8 [62]: GOV.UK bank holidays, England and Wales, as at 21 August 2026',
  },
];

const KNOWN = new Set(BANK_HOLIDAYS_ENGLAND.flatMap((row) => row.value));

/** True when `date` (YYYY-MM-DD) is a bank holiday in England that Carebook knows of. */
export function isBankHoliday(date: string): boolean {
  return KNOWN.has(date);
}
