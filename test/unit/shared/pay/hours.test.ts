import { describe, expect, test } from 'vitest';
import type { PayRate } from '../../../../electron/shared/api/index.js';
import { shiftsFromPattern } from '../../../../electron/shared/pay/pattern.js';
import { periodContaining } from '../../../../electron/shared/pay/periods.js';
import { periodSummary } from '../../../../electron/shared/pay/period-summary.js';
import { shiftPay, workingMinutes } from '../../../../electron/shared/pay/shift-pay.js';
import { overlaps, shiftSpan, weekdayIndex } from '../../../../electron/shared/pay/shift-time.js';

describe('the day of the week (worked from the numbers, checked against the calendar)', () => {
  test.each([
    ['2026-12-02', 2], // a Wednesday
    ['2026-01-01', 3],
    ['2024-02-29', 3], // a leap day
    ['2024-03-01', 4],
    ['2000-02-29', 1], // a leap year that is a multiple of 400
    ['1900-03-01', 3], // 1900 was not a leap year
    ['2026-03-01', 6], // a Sunday, just after a February
    ['2027-12-31', 4],
  ])('%s is day %i after Monday', (date, index) => expect(weekdayIndex(date)).toBe(index));

  test('every day for ten years agrees with the calendar', () => {
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2030, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      expect(weekdayIndex(d.toISOString().slice(0, 10))).toBe((d.getUTCDay() + 6) % 7);
    }
  });
});

describe('a shift’s length in England', () => {
  test.each([
    ['a day shift', '2026-06-01', '09:00', '17:00', 480, '2026-06-01T08:00:00.000Z', '2026-06-01T16:00:00.000Z'],
    ['across midnight', '2026-06-01', '22:00', '06:00', 480, '2026-06-01T21:00:00.000Z', '2026-06-02T05:00:00.000Z'],
    ['ending at midnight', '2026-06-01', '16:00', '00:00', 480, '2026-06-01T15:00:00.000Z', '2026-06-01T23:00:00.000Z'],
    ['a winter day (GMT)', '2026-01-12', '09:00', '17:00', 480, '2026-01-12T09:00:00.000Z', '2026-01-12T17:00:00.000Z'],
    ['the night the clocks go forward: 23 hours in the day, 22:00 to 07:00 is 8 hours', '2026-03-28', '22:00', '07:00', 480, '2026-03-28T22:00:00.000Z', '2026-03-29T06:00:00.000Z'],
    ['the night the clocks go back: 25 hours in the day, 22:00 to 07:00 is 10 hours', '2026-10-24', '22:00', '07:00', 600, '2026-10-24T21:00:00.000Z', '2026-10-25T07:00:00.000Z'],
    ['a 24-hour-clock day the clocks go forward, 00:00 to 12:00, is 11 hours', '2026-03-29', '00:00', '12:00', 660, '2026-03-29T00:00:00.000Z', '2026-03-29T11:00:00.000Z'],
    ['the day the clocks go back, 00:00 to 12:00, is 13 hours', '2026-10-25', '00:00', '12:00', 780, '2026-10-24T23:00:00.000Z', '2026-10-25T12:00:00.000Z'],
  ])('%s', (_, date, start, end, minutes, startsAt, endsAt) => {
    expect(shiftSpan(date, start, end)).toEqual({ ok: true, spanMinutes: minutes, startsAt, endsAt, endsNextDay: end < start });
  });
  test.each([
    ['a start the clocks skip', '2026-03-29', '01:30', '08:00', 0, 'start', /clocks go forward/],
    ['an end the clocks skip', '2026-03-28', '22:00', '01:15', 0, 'end', /clocks go forward/],
    ['the same start and end', '2026-06-01', '09:00', '09:00', 0, 'end', /must be different/],
    ['a break as long as the shift', '2026-06-01', '09:00', '10:00', 60, 'breakMinutes', /shorter than the shift/],
  ])('refused: %s', (_, date, start, end, breakMinutes, field, message) => {
    const span = shiftSpan(date, start, end, breakMinutes);
    expect(span).toMatchObject({ ok: false, field });
    if (!span.ok) expect(span.message).toMatch(message);
  });
});

describe('overlapping shifts', () => {
  const at = (date: string, start: string, end: string) => {
    const s = shiftSpan(date, start, end);
    if (!s.ok) throw new Error('bad');
    return s;
  };
  test.each([
    ['the same times', at('2026-06-01', '09:00', '13:00'), at('2026-06-01', '09:00', '13:00'), true],
    ['one inside another', at('2026-06-01', '09:00', '17:00'), at('2026-06-01', '12:00', '13:00'), true],
    ['a night into the next morning', at('2026-06-01', '22:00', '07:00'), at('2026-06-02', '06:30', '10:00'), true],
    ['one ending as the next starts', at('2026-06-01', '09:00', '13:00'), at('2026-06-01', '13:00', '17:00'), false],
    ['a night and the next evening', at('2026-06-01', '22:00', '07:00'), at('2026-06-02', '17:00', '21:00'), false],
  ])('%s: %s', (_, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

const rate = { standardPence: 1300, weekendPence: 1400, bankHolidayPence: 2600, wakingNightPence: 1350, sleepInPence: 5000, travelPence: 0, onCallPence: 2000 };

describe('working time for the minimum wage (REFERENCE §2.3) and pay', () => {
  test.each([
    ['work on a Monday', { date: '2026-06-01', kind: 'work', minutes: 240, workedMinutes: 0 }, 240, 5200, 0],
    ['work on a Saturday: the weekend rate', { date: '2026-06-06', kind: 'work', minutes: 240, workedMinutes: 0 }, 240, 5600, 400],
    ['work on a bank holiday (25 May 2026)', { date: '2026-05-25', kind: 'work', minutes: 60, workedMinutes: 0 }, 60, 2600, 1300],
    ['travel between visits counts in full', { date: '2026-06-01', kind: 'travel', minutes: 20, workedMinutes: 0 }, 20, 433, 0],
    ['training counts in full', { date: '2026-06-02', kind: 'training', minutes: 180, workedMinutes: 0 }, 180, 3900, 0],
    ['a waking night counts in full', { date: '2026-06-02', kind: 'waking-night', minutes: 540, workedMinutes: 0 }, 540, 12150, 0],
    ['a sleep-in counts only the time awake to work', { date: '2026-06-02', kind: 'sleep-in', minutes: 540, workedMinutes: 45 }, 45, 5975, 0],
    ['a sleep-in with no waking: the allowance, no hours', { date: '2026-06-02', kind: 'sleep-in', minutes: 540, workedMinutes: 0 }, 0, 5000, 0],
    ['on call at home counts only while working', { date: '2026-06-02', kind: 'on-call', minutes: 720, workedMinutes: 90 }, 90, 3950, 0],
  ] as const)('%s', (_, shift, working, gross, enhancement) => {
    expect(workingMinutes(shift)).toBe(working);
    expect(shiftPay(shift, rate)).toEqual({ workingMinutes: working, grossPence: gross, enhancementPence: enhancement });
  });
});

describe('pay periods', () => {
  test.each([
    ['monthly', 'monthly', '2026-01-10', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['monthly in a leap February', 'monthly', '2026-01-10', '2028-02-14', '2028-02-01', '2028-02-29'],
    ['weekly from a Tuesday start', 'weekly', '2026-01-06', '2026-01-18', '2026-01-13', '2026-01-19'],
    ['fortnightly', 'fortnightly', '2026-01-05', '2026-01-20', '2026-01-19', '2026-02-01'],
    ['four-weekly, on the anchor', 'four-weekly', '2026-01-05', '2026-02-02', '2026-02-02', '2026-03-01'],
    ['four-weekly, the day before the next', 'four-weekly', '2026-01-05', '2026-03-01', '2026-02-02', '2026-03-01'],
  ] as const)('%s', (_, frequency, anchor, date, start, end) => expect(periodContaining(frequency, anchor, date)).toEqual({ start, end }));
});

const payRate = (appliesFrom: string, standardPence: number, extra: Partial<PayRate> = {}): PayRate => ({
  id: appliesFrom, workerId: 'w', appliesFrom, reason: 'annual-review', standardPence, weekendPence: 0, bankHolidayPence: 0, wakingNightPence: 0, sleepInPence: 0, travelPence: 0, onCallPence: 0, apprenticeSince: '', note: '', createdAt: '', from: 'pay', ...extra,
});
const base = { workerId: 'w', fullName: 'Sam Carter', frequency: 'monthly' as const, person: { dateOfBirth: '1990-01-01', apprenticeSince: '' }, userRates: [], today: '2026-12-02' };

describe('average pay for working time over the pay reference period, against the legal minimum', () => {
  test.each([
    ['all work at £12.71: lawful', [payRate('2026-01-01', 1271)], [{ date: '2026-06-01', kind: 'work', minutes: 600, workedMinutes: 0 }], 1271, []],
    ['unpaid travel pulls the average under', [payRate('2026-01-01', 1300, { travelPence: 1 })], [{ date: '2026-06-01', kind: 'work', minutes: 300, workedMinutes: 0 }, { date: '2026-06-01', kind: 'travel', minutes: 60, workedMinutes: 0 }], 1083, ['under-minimum']],
    ['a sleep-in allowance with little waking time keeps the average up', [payRate('2026-01-01', 1271, { sleepInPence: 4000 })], [{ date: '2026-06-01', kind: 'sleep-in', minutes: 540, workedMinutes: 60 }], 5271, []],
    ['on call at home: the flat amount and the call-out paid, averaged over the call-out time only', [payRate('2026-01-01', 1271, { onCallPence: 500 })], [{ date: '2026-06-01', kind: 'on-call', minutes: 720, workedMinutes: 120 }], 1521, []],
    ['a shift with no pay rate', [payRate('2026-07-01', 1300)], [{ date: '2026-06-01', kind: 'work', minutes: 60, workedMinutes: 0 }], 0, ['no-rate']],
  ] as const)('%s', (_, rates, shifts, average, problems) => {
    const s = periodSummary({ ...base, start: '2026-06-01', end: '2026-06-30', rates, shifts });
    expect(s.averagePence).toBe(average);
    expect(s.problems.map((p) => p.kind)).toEqual(problems);
  });
  test('the minimum in force on the first day of the period, for their age then', () => {
    const rates = [payRate('2025-01-01', 1250)];
    const shifts = [{ date: '2026-04-10', kind: 'work', minutes: 600, workedMinutes: 0 }];
    // A four-weekly period from 16 March takes last year's £12.21; one from 1 April takes £12.71.
    expect(periodSummary({ ...base, start: '2026-03-16', end: '2026-04-12', rates, shifts }).problems).toEqual([]);
    const april = periodSummary({ ...base, start: '2026-04-01', end: '2026-04-28', rates, shifts });
    expect(april.problems[0]).toMatchObject({ kind: 'under-minimum' });
    expect(april.problems[0]!.text).toBe('Below the legal minimum: average pay for working time is £12.50 an hour over 10 hours, under the National Living Wage (21 and over) of £12.71. Pay at least £2.10 more for this period.');
  });
  test('a past period with no shifts is a missing timesheet; the current one is not', () => {
    expect(periodSummary({ ...base, start: '2026-10-01', end: '2026-10-31', rates: [payRate('2026-01-01', 1300)], shifts: [] }).problems.map((p) => p.kind)).toEqual(['no-shifts']);
    expect(periodSummary({ ...base, start: '2026-12-01', end: '2026-12-31', rates: [payRate('2026-01-01', 1300)], shifts: [] }).problems).toEqual([]);
  });
});

describe('a weekly pattern fills a period', () => {
  test('Mondays and Thursdays for two weeks, with a night that crosses midnight', () => {
    const shifts = shiftsFromPattern({
      workerId: 'w',
      from: '2026-06-01',
      to: '2026-06-14',
      shifts: [
        { weekday: 'monday', start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work', workedMinutes: 0, note: '' },
        { weekday: 'thursday', start: '22:00', end: '07:00', breakMinutes: 0, kind: 'sleep-in', workedMinutes: 0, note: '' },
      ],
    });
    expect(shifts.map((s) => [s.date, s.kind])).toEqual([
      ['2026-06-01', 'work'],
      ['2026-06-04', 'sleep-in'],
      ['2026-06-08', 'work'],
      ['2026-06-11', 'sleep-in'],
    ]);
  });
});
