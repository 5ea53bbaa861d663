import { describe, expect, test } from 'vitest';
import { dateParts, formatBytes, dateInWords, joinDate } from '../../../../renderer/src/lib/format.js';

describe('date boxes (day / month / year)', () => {
  test.each([
    [{ day: '27', month: '3', year: '2026' }, '2026-03-27'],
    [{ day: ' 1 ', month: '12', year: '2025' }, '2025-12-01'],
    [{ day: '', month: '', year: '' }, ''],
    // Not all numbers: kept as typed, so the shared schema can say what is wrong.
    [{ day: '31', month: 'April', year: '2026' }, '2026-April-31'],
    [{ day: '5', month: '6', year: '26' }, '26-6-5'],
  ])('%j becomes %j', (parts, iso) => expect(joinDate(parts)).toBe(iso));

  test.each([
    ['2026-03-27', { day: '27', month: '3', year: '2026' }],
    ['', { day: '', month: '', year: '' }],
    [undefined, { day: '', month: '', year: '' }],
    ['not a date', { day: '', month: '', year: '' }],
  ])('%j splits into %j', (iso, parts) => expect(dateParts(iso)).toEqual(parts));

  test('a date survives the round trip', () => expect(joinDate(dateParts('2024-02-29'))).toBe('2024-02-29'));
});

describe('showing dates and sizes', () => {
  test.each([
    ['2026-03-27', '27 March 2026'],
    ['2026-12-01', '1 December 2026'],
    ['garbage', 'garbage'],
  ])('%s is shown as %s', (iso, shown) => expect(dateInWords(iso)).toBe(shown));

  test.each([
    [512, '512 bytes'],
    [45_000, '44 KB'],
    [3_500_000, '3.3 MB'],
  ])('%i bytes is %s', (bytes, shown) => expect(formatBytes(bytes)).toBe(shown));
});
