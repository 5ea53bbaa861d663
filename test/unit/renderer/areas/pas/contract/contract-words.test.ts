import { afterEach, describe, expect, test, vi } from 'vitest';
import { parsePounds, poundsForInput } from '../../../../../../electron/shared/money.js';
import {
  hoursWords,
  jobLengthWords,
  noticeWords,
  probationWords,
  rateWords,
  serviceWords,
  statutoryNoticeRule,
  weeksWords,
} from '../../../../../../renderer/src/areas/pas/contract/contract-words.js';
import { today, poundsInWords } from '../../../../../../renderer/src/lib/format.js';

describe('the hourly rate typed in pounds', () => {
  test.each([
    ['12.71', 1271],
    ['12.7', 1270], // one figure after the point means tens of pence, not pence
    ['12.07', 1207],
    ['12', 1200],
    [' 12.71 ', 1271],
    ['£12.71', 1271],
    ['£ 12.71', 1271],
    ['0', 0], // read here; the shared schema then refuses a rate of nothing
    ['999999.99', 99_999_999], // the longest the box reads
  ])('%j is %i pence', (text, pence) => expect(parsePounds(text)).toBe(pence));

  test.each([
    ['', 'nothing typed'],
    ['   ', 'only spaces'],
    ['£', 'only the pound sign'],
    ['12,71', 'a comma for the point'],
    ['12.715', 'fractions of a penny'],
    ['12.', 'a point with no pence'],
    ['.71', 'pence with no pounds'],
    ['-12.71', 'a minus sign'],
    ['1e3', 'a number in scientific notation'],
    ['1,250', 'a thousands separator'],
    ['1000000', 'a million pounds an hour'],
    ['12.71 an hour', 'words after the number'],
    ['12£', 'the pound sign after the number'],
  ])('%j is refused (%s)', (text) => expect(parsePounds(text)).toBeNull());

  test.each([
    [1271, '12.71'],
    [1270, '12.70'],
    [1200, '12.00'],
    [5, '0.05'],
    [0, '0.00'],
  ])('%i pence is shown in the box as %j', (pence, text) => expect(poundsForInput(pence)).toBe(text));

  test.each([1, 99, 1207, 1271, 100_000, 99_999_999])('%i pence survives the round trip through the box', (pence) =>
    expect(parsePounds(poundsForInput(pence))).toBe(pence),
  );

  test.each([
    [1271, '£12.71 an hour'],
    [1270, '£12.70 an hour'],
    [1, '£0.01 an hour'],
  ])('a rate of %i pence reads %j', (pence, words) => expect(rateWords(pence)).toBe(words));
});

describe('weeks, hours and service in words', () => {
  test.each([
    [0, '0 weeks'],
    [1, '1 week'],
    [2, '2 weeks'],
    [12, '12 weeks'],
  ])('%i weeks reads %j', (n, words) => expect(weeksWords(n)).toBe(words));

  test.each([
    [0, 'Their hours change from week to week'],
    [1, '1 hour'],
    [16, '16 hours'],
    [37.5, '37.5 hours'],
  ])('%d hours a week reads %j', (hours, words) => expect(hoursWords(hours)).toBe(words));

  // Said before "service": "for 2 years' service". Only whole years count once there is one.
  test.each([
    [0, 0, "less than a month's"],
    [0, 1, "1 month's"],
    [0, 2, "2 months'"],
    [0, 11, "11 months'"],
    [1, 0, "1 year's"],
    [1, 1, "1 year's"],
    [2, 0, "2 years'"],
    [2, 6, "2 years'"],
    [12, 0, "12 years'"],
    [16, 3, "16 years'"],
  ])('%i years and %i months of service reads %j', (years, months, words) =>
    expect(serviceWords({ years, months })).toBe(words),
  );
});

describe('notice beside the law’s minimum', () => {
  test.each([
    [1, 0, { years: 0, months: 0 }, "1 week (the law sets no minimum for less than a month's service)"],
    [0, 0, { years: 0, months: 0 }, "0 weeks (the law sets no minimum for less than a month's service)"],
    [1, 1, { years: 0, months: 1 }, "1 week (the law's minimum for 1 month's service is 1 week)"],
    [4, 1, { years: 1, months: 1 }, "4 weeks (the law's minimum for 1 year's service is 1 week)"],
    [2, 2, { years: 2, months: 0 }, "2 weeks (the law's minimum for 2 years' service is 2 weeks)"],
    [12, 12, { years: 15, months: 0 }, "12 weeks (the law's minimum for 15 years' service is 12 weeks)"],
    // Less than the law: the law's figure leads, and the sentence says why.
    [
      1,
      2,
      { years: 2, months: 6 },
      "2 weeks: the contract says 1 week, but the law's minimum for 2 years' service is 2 weeks, and the longer one applies",
    ],
    [
      0,
      1,
      { years: 0, months: 3 },
      "1 week: the contract says 0 weeks, but the law's minimum for 3 months' service is 1 week, and the longer one applies",
    ],
  ])('contract %i, law %i, service %j reads %j', (contract, statutory, service, words) =>
    expect(noticeWords(contract, statutory, service)).toBe(words),
  );

  test('the law’s rule as a hint, from the dated table', () => {
    expect(statutoryNoticeRule('2026-03-27')).toEqual({
      employer:
        "The law's minimum is 1 week once they have worked for you for 1 month, 2 weeks after 2 full years, " +
        'then 1 more week for each full year, up to 12 weeks. You can give more, but not less.',
      worker: "The law's minimum is 1 week once they have worked for you for 1 month.",
    });
  });

  test('no hint before the table starts', () => expect(statutoryNoticeRule('1996-08-21')).toBeNull());
});

describe('probation and length of the job', () => {
  test.each([
    [0, null, 'No probation'],
    [0, '2026-06-30', 'No probation'],
    [1, null, '1 month'],
    [3, null, '3 months'],
    [3, '2026-06-30', '3 months, ending on 30 June 2026'],
  ])('%i months ending %j reads %j', (months, endsOn, words) => expect(probationWords(months, endsOn)).toBe(words));

  test.each([
    [{ kind: 'permanent', endsOn: '' }, 'Permanent'],
    [{ kind: 'fixed-term', endsOn: '2027-03-31' }, 'Fixed-term, ending on 31 March 2027'],
  ] as const)('%j reads %j', (v, words) => expect(jobLengthWords(v)).toBe(words));
});

describe('amounts of cover in words', () => {
  test.each([
    [5_000_000, '£5 million'],
    [2_500_000, '£2.5 million'],
    [10_000_000, '£10 million'],
    [1_000_000, '£1 million'],
    [12_300_000, '£12.3 million'],
    [1_000_000_000, '£1,000 million'], // the most the schema allows: the millions are grouped too
    [750_000, '£750,000'],
    [999_999, '£999,999'],
    [1_250_000, '£1,250,000'], // not a round tenth of a million: said in full
    [5_000_001, '£5,000,001'],
    [0, '£0'],
  ])('£%i is said %j', (pounds, words) => expect(poundsInWords(pounds)).toBe(words));
});

describe("today's date is the date in England, as the core counts it", () => {
  afterEach(() => vi.useRealTimers());

  test.each([
    [new Date('2026-01-05T00:00:00Z'), '2026-01-05'],
    [new Date('2026-01-05T23:59:00Z'), '2026-01-05'], // winter: England is on UTC
    [new Date('2026-06-30T23:30:00Z'), '2026-07-01'], // summer: 00:30 on 1 July in England (BST)
    [new Date('2025-12-31T12:00:00Z'), '2025-12-31'],
  ])('%s is %s', (now, iso) => {
    vi.useFakeTimers({ now });
    expect(today()).toBe(iso);
  });
});
