import { describe, expect, test } from 'vitest';
import { addMonthsIso, dateInWords, daysBetween, londonDate } from '../../../electron/shared/dates.js';

describe('dates', () => {
  test.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2020-03-03', 72, '2026-03-03'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months is %s', (from, months, to) => expect(addMonthsIso(from, months)).toBe(to));

  test.each([
    ['2026-03-03', '3 March 2026'],
    ['2024-12-25', '25 December 2024'],
    ['', ''],
  ])('%j in words is %j', (iso, words) => expect(dateInWords(iso)).toBe(words));
});

describe('dates in England', () => {
  test.each([
    ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already tomorrow in London
    ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT
    ['2026-03-29T00:30:00Z', '2026-03-29'],
  ])('%s is %s in London', (instant, date) => expect(londonDate(new Date(instant))).toBe(date));

  test.each([
    ['2026-01-01', '2026-01-31', 30],
    ['2026-03-28', '2026-03-30', 2], // across the clock change
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2026-05-01', '2026-04-01', -30],
  ])('%s to %s is %i days', (from, to, days) => expect(daysBetween(from, to)).toBe(days));
});
