import { describe, expect, test } from 'vitest';
import { bandOn, birthdayAt } from '../../../../electron/shared/pay/age-band.js';
import { aprilWithNoKnownMinimum, comingShortfalls, fairPay, legalMinimum, realLivingWageMayBeOutOfDate } from '../../../../electron/shared/pay/fair-pay.js';
import { rateOn, type UserRate } from '../../../../electron/shared/pay/rate-series.js';
import { AUTO_ENROLMENT, EMPLOYER_NI, EMPLOYMENT_ALLOWANCE, MINIMUM_WAGE, REAL_LIVING_WAGE } from '../../../../electron/shared/reference/pay-rates.js';
import { valueOn } from '../../../../electron/shared/reference/dated.js';

const adult = { dateOfBirth: '1990-05-10', apprenticeSince: '' };
const turns21 = { dateOfBirth: '2005-06-15', apprenticeSince: '' };
const mine = (series: UserRate['series'], from: string, amountPence: number): UserRate => ({ id: `u-${from}`, series, from, amountPence, source: 'Read on GOV.UK', addedAt: '2027-03-01T10:00:00Z' });

describe('reference rates (REFERENCE §0, §1.11, §2)', () => {
  test.each([
    ['2024-04-01', 1144, 860, 640, 640],
    ['2025-04-01', 1221, 1000, 755, 755],
    ['2026-04-01', 1271, 1085, 800, 800],
  ])('legal minimum from %s: %i / %i / %i / apprentice %i', (from, nlw, y18, y16, app) => {
    expect(valueOn(MINIMUM_WAGE, from)?.rates).toEqual({ '21-and-over': nlw, '18-to-20': y18, '16-to-17': y16, apprentice: app });
  });
  test('every row has a source', () => {
    for (const table of [MINIMUM_WAGE, REAL_LIVING_WAGE, EMPLOYER_NI, EMPLOYMENT_ALLOWANCE, AUTO_ENROLMENT]) for (const row of table) expect(row.source).toMatch(/REFERENCE §[\d.]+ \[\d+\]/);
  });
  test.each([
    ['2024-10-23', 1260, 1385],
    ['2025-10-21', 1260, 1385],
    ['2025-10-22', 1345, 1480],
  ])('Real Living Wage on %s: UK %i, London %i', (date, uk, london) => {
    expect(valueOn(REAL_LIVING_WAGE, date)).toMatchObject({ uk, london });
  });
  test('employer NI, Employment Allowance and auto-enrolment in 2026-27', () => {
    expect(valueOn(EMPLOYER_NI, '2026-05-01')).toMatchObject({ ratePercent: 15, thresholdPerYear: 500_000, thresholdPerWeek: 9600 });
    expect(valueOn(EMPLOYMENT_ALLOWANCE, '2026-05-01')).toBe(1_050_000);
    expect(valueOn(AUTO_ENROLMENT, '2026-05-01')).toMatchObject({ triggerPerYear: 1_000_000, qualifyingLowerPerYear: 624_000, qualifyingUpperPerYear: 5_027_000, employerPercent: 3, totalPercent: 8 });
  });
  test('no April 2027 rate is loaded (REFERENCE §2.1: not confirmed)', () => expect(MINIMUM_WAGE.some((r) => r.from >= '2027-01-01')).toBe(false));
});

describe('age band on and around a birthday', () => {
  test.each([
    ['the day before their 21st', turns21, '2026-06-14', '18-to-20', 20],
    ['on their 21st', turns21, '2026-06-15', '21-and-over', 21],
    ['the day after', turns21, '2026-06-16', '21-and-over', 21],
    ['the day before their 18th', { dateOfBirth: '2008-03-02', apprenticeSince: '' }, '2026-03-01', '16-to-17', 17],
    ['on their 18th', { dateOfBirth: '2008-03-02', apprenticeSince: '' }, '2026-03-02', '18-to-20', 18],
    ['born 29 February, 28 February of a common year', { dateOfBirth: '2004-02-29', apprenticeSince: '' }, '2025-02-28', '18-to-20', 20],
    ['born 29 February, 1 March of a common year', { dateOfBirth: '2004-02-29', apprenticeSince: '' }, '2025-03-01', '21-and-over', 21],
    ['an apprentice of 18', { dateOfBirth: '2008-01-01', apprenticeSince: '2025-09-01' }, '2026-06-01', 'apprentice', 18],
    ['an apprentice of 25 in their first year', { dateOfBirth: '2001-01-01', apprenticeSince: '2026-01-01' }, '2026-12-31', 'apprentice', 25],
    ['an apprentice of 25 after their first year', { dateOfBirth: '2001-01-01', apprenticeSince: '2026-01-01' }, '2027-01-01', '21-and-over', 26],
    ['date of birth not recorded: the adult rate is assumed', { dateOfBirth: '', apprenticeSince: '' }, '2026-06-01', '21-and-over', null],
  ])('%s', (_, person, date, band, age) => {
    expect(bandOn(person, date)).toMatchObject({ band, age });
  });
  test('under 16 there is no legal minimum', () => expect(bandOn({ dateOfBirth: '2011-01-01', apprenticeSince: '' }, '2026-06-01').band).toBeNull());
  test.each([
    ['2005-06-15', 21, '2026-06-15'],
    ['2004-02-29', 21, '2025-03-01'],
    ['2004-02-29', 20, '2024-02-29'],
  ])('born %s turns %i on %s', (dob, age, on) => expect(birthdayAt(dob, age)).toBe(on));
});

describe('the rate for a pay period that straddles 1 April (the rate in force on its first day)', () => {
  test.each([
    ['monthly from 16 March: last year’s rate for the whole period', '2026-03-16', 1221],
    ['weekly from 28 March', '2026-03-28', 1221],
    ['a period that starts exactly on 1 April takes the new rate', '2026-04-01', 1271],
    ['monthly from 16 April (Acas example): the new rate', '2026-04-16', 1271],
    ['before any known rate', '2023-06-01', null],
  ])('%s', (_, periodStart, expected) => {
    const min = legalMinimum(adult, periodStart, []);
    expect('ratePence' in min ? min.ratePence : null).toBe(expected);
  });
  test('the age at the start of the period decides the band', () => {
    const min = legalMinimum(turns21, '2026-06-01', []); // a month that includes their 21st birthday on 15 June
    expect(min).toMatchObject({ band: '18-to-20', ratePence: 1085 });
  });
});

describe('a user-added rate overrides a built-in one only from its own date', () => {
  const user = [mine('minimum-21-and-over', '2027-04-01', 1321)];
  test.each([
    ['the day before', '2027-03-31', 1271, false],
    ['on its date', '2027-04-01', 1321, true],
    ['after it', '2027-09-01', 1321, true],
    ['years before', '2025-05-01', 1221, false],
  ])('%s', (_, date, amount, userAdded) => expect(rateOn('minimum-21-and-over', date, user)).toMatchObject({ amountPence: amount, userAdded }));
  test('on the same date as a built-in row, the user’s row wins', () => {
    expect(rateOn('rlw-uk', '2025-10-22', [mine('rlw-uk', '2025-10-22', 1350)])).toMatchObject({ amountPence: 1350, userAdded: true });
  });
  test('a rate for another series changes nothing', () => expect(rateOn('minimum-21-and-over', '2027-05-01', [mine('rlw-uk', '2026-10-20', 1400)])?.amountPence).toBe(1271));
});

describe('fair pay', () => {
  const base = { person: adult, wageArea: 'elsewhere' as const, hoursPerWeek: 20, userRates: [], today: '2026-06-01' };
  test.each([
    ['£9.50 for a 36-year-old', 950, '2026-06-01', 'under', 321, 321 * 20 * 52],
    ['£12.71 exactly', 1271, '2026-06-01', 'lawful', 0, 0],
    ['£12.20 in April 2026', 1220, '2026-04-01', 'under', 51, 51 * 20 * 52],
    ['£12.20 in March 2026', 1220, '2026-03-31', 'under', 1, 1 * 20 * 52],
    ['£12.21 in March 2026', 1221, '2026-03-31', 'lawful', 0, 0],
  ])('%s', (_, ratePence, date, status, gap, perYear) => {
    const check = fairPay({ ...base, ratePence, date });
    expect(check.status).toBe(status);
    expect(check.minimum).toMatchObject({ gapPence: gap, gapPerYearPence: perYear });
  });
  test('against the Real Living Wage for London from the employer profile', () => {
    const check = fairPay({ ...base, wageArea: 'london', ratePence: 1400, date: '2026-06-01' });
    expect(check.realLivingWage).toMatchObject({ series: 'rlw-london', ratePence: 1480, gapPence: 80, london: true });
  });
  test('hours not known: no yearly figure', () => expect(fairPay({ ...base, hoursPerWeek: 0, ratePence: 1000, date: '2026-06-01' }).minimum?.gapPerYearPence).toBeNull());
  test.each([
    ['a month after the last announcement', '2025-11-22', false],
    ['a year and two weeks after', '2026-11-05', true],
  ])('the Real Living Wage may be out of date: %s', (_, today, stale) => expect(realLivingWageMayBeOutOfDate('rlw-uk', today, [])).toBe(stale));
});

describe('coming shortfalls: a birthday or an April', () => {
  test.each([
    ['a PA turning 21 paid the 18–20 rate', turns21, 1100, '2026-05-20', 60, [{ on: '2026-06-15', why: 'birthday', age: 21 }]],
    ['a PA turning 21 already paid the adult rate', turns21, 1300, '2026-05-20', 60, []],
    ['an adult paid last year’s rate, ahead of April', adult, 1221, '2026-03-01', 60, [{ on: '2026-04-01', why: 'april' }]],
    ['an adult ahead of an April with no known rate', adult, 1271, '2027-03-01', 60, []],
    ['beyond the horizon', turns21, 1100, '2026-01-01', 60, []],
  ])('%s', (_, person, rate, today, horizon, expected) => {
    expect(comingShortfalls(person, rate, today, horizon, [])).toMatchObject(expected);
  });
  test('a user-added April 2027 rate warns ahead of it', () => {
    expect(comingShortfalls(adult, 1271, '2027-03-01', 60, [mine('minimum-21-and-over', '2027-04-01', 1321)])).toMatchObject([{ on: '2027-04-01', why: 'april', minimum: { ratePence: 1321, userAdded: true } }]);
  });
});

describe('a new April with no known legal minimum', () => {
  test.each([
    ['December 2026: April 2026 is known', '2026-12-02', [], null],
    ['1 April 2027, nothing added', '2027-04-01', [], '2027-04-01'],
    ['May 2027 with the user’s rate', '2027-05-01', [mine('minimum-21-and-over', '2027-04-01', 1321)], null],
  ])('%s', (_, today, rates, expected) => expect(aprilWithNoKnownMinimum(today, rates)).toBe(expected));
});
