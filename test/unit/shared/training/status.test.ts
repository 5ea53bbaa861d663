import { describe, expect, test } from 'vitest';
import { addDaysIso, addMonthsIso } from '../../../../electron/shared/dates.js';
import { expiresOn, needsTopic, statusLabel, trainingStatus } from '../../../../electron/shared/training/status.js';

describe('expiry: completed + interval − 1 day, as ASC-WDS reckons it', () => {
  test.each([
    ['2025-12-02', 12, '', '2026-12-01'],
    ['2024-02-29', 12, '', '2025-02-27'],
    ['2025-08-31', 6, '', '2026-02-27'],
    ['2023-12-02', 36, '', '2026-12-01'],
    // No interval: never expires.
    ['2025-12-02', null, '', ''],
    // An override wins over the interval, and gives an expiry where there is no interval.
    ['2025-12-02', 12, '2026-06-30', '2026-06-30'],
    ['2025-12-02', null, '2027-01-31', '2027-01-31'],
  ] as const)('done %s every %s months, override %j → %j', (done, months, override, expected) =>
    expect(expiresOn(done, months, override)).toBe(expected),
  );
});

test('the quick expiry arithmetic agrees with dates.ts for every day of four years and the usual intervals', () => {
  for (let day = '2023-01-01'; day < '2027-01-01'; day = addDaysIso(day, 1)) {
    for (const months of [1, 2, 3, 6, 11, 12, 18, 24, 36, 120]) expect(expiresOn(day, months), `${day} + ${months}`).toBe(addDaysIso(addMonthsIso(day, months), -1));
  }
});

describe('status at the day boundaries (today 2 December 2026, due within 30 days)', () => {
  const TODAY = '2026-12-02';
  const at = (required: boolean, latestExpiresOn: string | null) => trainingStatus({ required, latestExpiresOn, today: TODAY, dueWithinDays: 30 });
  test.each([
    ['expires today: still valid today, so due', true, '2026-12-02', 'due'],
    ['expires tomorrow', true, '2026-12-03', 'due'],
    ['expired yesterday', true, '2026-12-01', 'expired'],
    ['expires on the last day of the window', true, '2027-01-01', 'due'],
    ['expires the day after the window', true, '2027-01-02', 'valid'],
    ['no interval: never expires', true, '', 'valid'],
    ['an override ending today (expiry given as the override)', true, expiresOn('2020-01-01', 12, '2026-12-02'), 'due'],
    ['an override that keeps old training valid', true, expiresOn('2020-01-01', 12, '2027-06-30'), 'valid'],
    ['never done', true, null, 'missing'],
    ['a topic no longer required, though expired', false, '2026-12-01', 'not-required'],
    ['a topic no longer required, never done', false, null, 'not-required'],
    ['a topic no longer required, still valid', false, '2027-12-01', 'not-required'],
  ] as const)('%s', (_what, required, expiry, status) => expect(at(required, expiry)).toBe(status));

  test('completed exactly a year ago with a 12-month interval expired yesterday', () =>
    expect(at(true, expiresOn('2025-12-02', 12))).toBe('expired'));
  test('completed a year ago tomorrow expires today', () => expect(at(true, expiresOn('2025-12-03', 12))).toBe('due'));

  test('each status has words and a symbol', () =>
    expect(['valid', 'due', 'expired', 'missing', 'not-required'].map((s) => statusLabel(s as never))).toEqual([
      '✓ Valid',
      '! Due soon',
      '✗ Expired',
      '○ Missing',
      '– Not required',
    ]));
});

describe('whether a PA needs a topic: excused wins over everyone and their role', () => {
  const no = { inUse: true, forEveryone: false, forTheirRole: false, forThemAlone: false, excused: false };
  test.each([
    ['everyone needs it', { forEveryone: true }, true],
    ['their role needs it', { forTheirRole: true }, true],
    ['chosen for them on their own', { forThemAlone: true }, true],
    ['nobody needs it', {}, false],
    ['a topic no longer in use, though everyone needed it', { inUse: false, forEveryone: true }, false],
    ['a topic no longer required: everyone needs it, but this PA is excused (they never drive)', { forEveryone: true, excused: true }, false],
    ['a topic no longer required: their role needs it, but they are excused', { forTheirRole: true, excused: true }, false],
    ['excused from a topic nobody needs', { excused: true }, false],
  ] as const)('%s', (_what, facts, needed) => expect(needsTopic({ ...no, ...facts })).toBe(needed));

  test('an excused PA’s expired training is "not required", not "expired"', () =>
    expect(trainingStatus({ required: needsTopic({ ...no, forEveryone: true, excused: true }), latestExpiresOn: '2026-01-01', today: '2026-12-02', dueWithinDays: 30 })).toBe('not-required'));
});
