import { describe, expect, test } from 'vitest';
import { dateInWords } from '../../../electron/shared/dates.js';
import { pence } from '../../../electron/shared/money.js';

describe('dates and money in words', () => {
  test.each([
    ['2026-01-05', '5 January 2026'],
    ['2026-12-31', '31 December 2026'],
  ])('%s → %s', (iso, words) => expect(dateInWords(iso)).toBe(words));

  test.each([
    [1271, '£12.71'],
    [1200, '£12.00'],
    [5, '£0.05'],
    [123_456, '£1,234.56'],
    [-250, '−£2.50'],
  ])('%i pence → %s', (amount, money) => expect(pence(amount)).toBe(money));
});
