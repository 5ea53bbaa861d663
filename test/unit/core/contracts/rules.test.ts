import { describe, expect, test } from 'vitest';
import { contractItems } from '../../../../electron/core/contracts/attention.js';
import { accrualAllowedFrom, completeService, contractFacts, effectiveNoticeWeeks, holidayAccrualPercent, holidayDaysPerYear, periodLastDay, probationEndsOn, statementDueBy, statementLate, statutoryEmployerNoticeWeeks, statutoryWorkerNoticeWeeks } from '../../../../electron/core/contracts/rules.js';
import { statementFileName, statementText } from '../../../../electron/core/contracts/statement-text.js';
import type { ContractVersion, EmployerProfile } from '../../../../electron/shared/api/index.js';

const START = '2020-01-05';

describe('complete service', () => {
  test.each([
    ['2020-01-05', '2020-01-05', 0, 0],
    ['2020-01-05', '2020-01-04', 0, 0], // not started yet
    ['2020-01-05', '2020-02-04', 0, 0],
    ['2020-01-05', '2020-02-05', 0, 1],
    ['2020-01-05', '2021-01-04', 0, 11],
    ['2020-01-05', '2021-01-05', 1, 0],
    ['2020-01-05', '2022-07-05', 2, 6],
    ['2020-01-31', '2020-02-28', 0, 0], // the month from 31 January runs to the end of February
    ['2020-01-31', '2020-02-29', 0, 0],
    ['2020-01-31', '2020-03-01', 0, 1],
    ['2021-01-31', '2021-02-28', 0, 0],
    ['2021-01-31', '2021-03-01', 0, 1],
    ['2020-02-29', '2021-02-28', 0, 11], // a leap-day start: the year ends on 28 February
    ['2020-02-29', '2021-03-01', 1, 0],
    ['2010-03-01', '2026-03-01', 16, 0],
  ])('from %s on %s: %i years %i months', (start, on, years, months) => {
    expect(completeService(start, on)).toEqual({ years, months });
  });
});

describe('statutory notice the employer gives, at every boundary', () => {
  test.each([
    ['first day', '2020-01-05', 0],
    ['1 month minus a day', '2020-02-04', 0],
    ['exactly 1 month', '2020-02-05', 1],
    ['1 year', '2021-01-05', 1],
    ['2 years minus a day', '2022-01-04', 1],
    ['exactly 2 years', '2022-01-05', 2],
    ['3 years minus a day', '2023-01-04', 2],
    ['3 years', '2023-01-05', 3],
    ['4 years', '2024-01-05', 4],
    ['5 years', '2025-01-05', 5],
    ['6 years', '2026-01-05', 6],
    ['7 years', '2027-01-05', 7],
    ['8 years', '2028-01-05', 8],
    ['9 years', '2029-01-05', 9],
    ['10 years', '2030-01-05', 10],
    ['11 years', '2031-01-05', 11],
    ['11 years 364 days', '2032-01-04', 11],
    ['exactly 12 years', '2032-01-05', 12],
    ['13 years', '2033-01-05', 12],
    ['20 years', '2040-01-05', 12],
  ])('%s (%s): %i weeks', (_label, on, weeks) => {
    expect(statutoryEmployerNoticeWeeks(START, on)).toBe(weeks);
  });
});

describe('statutory notice the worker gives', () => {
  test.each([
    ['first day', '2020-01-05', 0],
    ['1 month minus a day', '2020-02-04', 0],
    ['exactly 1 month', '2020-02-05', 1],
    ['2 years', '2022-01-05', 1],
    ['20 years', '2040-01-05', 1],
  ])('%s: %i weeks', (_label, on, weeks) => {
    expect(statutoryWorkerNoticeWeeks(START, on)).toBe(weeks);
  });
});

describe('the notice that applies is the longer of contract and statute', () => {
  test.each([
    [4, 1, 4],
    [1, 5, 5],
    [0, 0, 0],
    [12, 12, 12],
  ])('contract %i, statute %i → %i', (contract, statute, applies) => {
    expect(effectiveNoticeWeeks(contract, statute)).toBe(applies);
  });
});

describe('probation: the last day is the day before start + months', () => {
  test.each([
    ['2026-01-05', 3, '2026-04-04'],
    ['2026-01-05', 0, ''],
    ['2026-01-01', 1, '2026-01-31'],
    ['2026-03-01', 1, '2026-03-31'],
    ['2026-01-31', 1, '2026-02-28'], // no 31 February: to the end of February
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-28', 1, '2026-02-27'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-12-15', 12, '2027-12-14'],
  ])('from %s, %i months → %s', (start, months, end) => {
    expect(probationEndsOn(start, months)).toBe(end);
  });

  test('periods never end earlier for a later start', () => {
    let previous = '';
    for (let d = 25; d <= 31; d++) {
      const end = periodLastDay(`2026-01-${d}`, 1);
      expect(end >= previous).toBe(true);
      previous = end;
    }
  });
});

describe('when the written statement is due', () => {
  test.each([
    ['since 6 April 2020: by the first day', '2026-01-05', '2026-01-05'],
    ['the first day of the new rule', '2020-04-06', '2020-04-06'],
    ['the day before: within 2 months', '2020-04-05', '2020-06-04'],
    ['long before', '2015-09-01', '2015-10-31'],
  ])('%s (start %s → due by %s)', (_label, start, due) => {
    expect(statementDueBy(start)).toBe(due);
  });

  test.each([
    ['given before the start', '2026-01-05', '2026-01-02', '2026-03-01', false],
    ['given on the first day', '2026-01-05', '2026-01-05', '2026-03-01', false],
    ['given a day late', '2026-01-05', '2026-01-06', '2026-03-01', true],
    ['not given, deadline not passed', '2026-01-05', '', '2026-01-05', false],
    ['not given, deadline passed', '2026-01-05', '', '2026-01-06', true],
  ])('%s', (_label, dueBy, issuedOn, today, late) => {
    expect(statementLate(dueBy, issuedOn, today)).toBe(late);
  });
});

describe('holiday', () => {
  test.each([
    [5, 28],
    [3, 16.8],
    [2.5, 14],
    [1, 5.6],
    [6, 28], // capped
    [4.5, 25.2],
    [0, 0],
  ])('%d days a week → %d days a year', (days, perYear) => {
    expect(holidayDaysPerYear(days, '2026-04-01')).toBe(perYear);
  });

  test.each([
    ['2024-03-31', null],
    ['2024-04-01', 12.07],
    ['2026-01-05', 12.07],
  ])('accrual on %s: %s', (on, percent) => {
    expect(holidayAccrualPercent(on)).toBe(percent);
  });

  test('accrual is allowed from the date in the reference table', () => expect(accrualAllowedFrom()).toBe('2024-04-01'));
});

describe('the facts beside a contract', () => {
  const terms = {
    appliesFrom: '2024-01-08',
    continuousEmploymentFrom: '',
    employerNoticeWeeks: 4,
    workerNoticeWeeks: 1,
    probationMonths: 3,
    holidayMethod: 'weeks' as const,
    daysPerWeek: 3,
  };

  test('from the start date, on a later date', () => {
    expect(contractFacts(terms, '2024-01-08', '2024-01-08', '2027-02-01')).toEqual({
      service: { years: 3, months: 0 },
      statutoryEmployerNoticeWeeks: 3,
      statutoryWorkerNoticeWeeks: 1,
      employerNoticeWeeks: 4,
      workerNoticeWeeks: 1,
      probationEndsOn: '2024-04-07',
      statementDueBy: '2024-01-08',
      statementLate: false,
      holidayDaysPerYear: 16.8,
      holidayAccrualPercent: null,
    });
  });

  test('continuous employment from an earlier date counts towards notice', () => {
    const facts = contractFacts({ ...terms, continuousEmploymentFrom: '2010-01-08' }, '2024-01-08', '', '2027-02-01');
    expect(facts.service).toEqual({ years: 17, months: 0 });
    expect(facts.employerNoticeWeeks).toBe(12);
    expect(facts.statementLate).toBe(true);
  });

  test('accrual', () => {
    const facts = contractFacts({ ...terms, appliesFrom: '2025-04-01', holidayMethod: 'accrual' }, '2024-01-08', '', '2024-01-01');
    expect(facts.holidayDaysPerYear).toBeNull();
    expect(facts.holidayAccrualPercent).toBe(12.07);
    expect(facts.statementLate).toBe(false);
  });
});

describe('what Home says about a working PA’s contract', () => {
  const pa = { id: 'p1', fullName: 'Sam Carter', startDate: '2026-01-05' };
  const version = (n: number, changes: Partial<ContractVersion> = {}): ContractVersion =>
    ({
      id: `v${n}`,
      version: n,
      appliesFrom: n === 1 ? '2026-01-05' : `2026-0${n + 2}-01`,
      issuedOn: '2026-01-05',
      agreedOn: '',
      probationMonths: 0,
      ...changes,
    }) as ContractVersion;
  const summary = (items: ReturnType<typeof contractItems>) => items.map((i) => [i.id, i.urgency, i.due]);

  test.each([
    ['no statement, before the first day', [], '2026-01-01', [['contracts.no-statement.p1', 'due-soon', '2026-01-05']]],
    ['no statement, on the first day', [], '2026-01-05', [['contracts.no-statement.p1', 'due-soon', '2026-01-05']]],
    ['no statement, after the first day', [], '2026-01-06', [['contracts.no-statement.p1', 'overdue', '2026-01-05']]],
    ['written, not given, late', [version(1, { issuedOn: '' })], '2026-02-01', [['contracts.no-statement.p1', 'overdue', '2026-01-05']]],
    ['given on time', [version(1)], '2026-02-01', []],
    ['given late: a fact beside the contract, not an item', [version(1, { issuedOn: '2026-02-01' })], '2026-03-01', []],
    ['a change not agreed', [version(2), version(1)], '2026-03-01', [['contracts.change-not-agreed.v2', 'due-soon', undefined]]],
    ['a change agreed', [version(2, { agreedOn: '2026-03-20' }), version(1)], '2026-03-01', []],
    ['probation ends in 15 days', [version(1, { probationMonths: 3 })], '2026-03-20', []],
    ['probation ends in 14 days', [version(1, { probationMonths: 3 })], '2026-03-21', [['contracts.probation-ending.p1', 'good-practice', '2026-04-04']]],
    ['probation ends today', [version(1, { probationMonths: 3 })], '2026-04-04', [['contracts.probation-ending.p1', 'good-practice', '2026-04-04']]],
    ['probation ended yesterday', [version(1, { probationMonths: 3 })], '2026-04-05', []],
  ])('%s', (_label, versions, today, expected) => {
    expect(summary(contractItems(pa, versions, today))).toEqual(expected);
  });

  test('before 6 April 2020 the statement was due within 2 months', () => {
    const items = contractItems({ ...pa, startDate: '2019-05-01' }, [], '2019-06-01');
    expect(summary(items)).toEqual([['contracts.no-statement.p1', 'due-soon', '2019-06-30']]);
  });

  test('with no start date recorded, the first version stands in; with neither, it is missing', () => {
    expect(summary(contractItems({ ...pa, startDate: '' }, [version(1, { issuedOn: '' })], '2026-02-01'))).toEqual([
      ['contracts.no-statement.p1', 'overdue', '2026-01-05'],
    ]);
    expect(summary(contractItems({ ...pa, startDate: '' }, [], '2026-02-01'))).toEqual([['contracts.no-statement.p1', 'due-soon', undefined]]);
  });

  test('the words name the PA, say why, and link to their contract', () => {
    const [item] = contractItems(pa, [], '2026-01-06');
    expect(item).toMatchObject({
      title: 'Sam Carter has not had a written statement',
      detail: 'The law says a PA must have a written statement of their terms by 5 January 2026, their first day. Write it in Carebook, print it and give it to them.',
      action: { label: "Write Sam Carter's statement", to: '/pas/p1/contract' },
    });
  });
});

describe('the words of the statement', () => {
  const version = {
    id: 'v1',
    version: 1,
    workerId: 'p1',
    appliesFrom: '2026-01-05',
    continuousEmploymentFrom: '',
    jobTitle: 'Personal assistant.',
    jobDescription: '',
    placeOfWork: 'Home',
    hourlyRatePence: 1271,
    payFrequency: 'four-weekly',
    payDay: 'On a Friday.',
    hoursPerWeek: 37.5,
    workingPattern: 'Weekdays',
    hoursCanChange: '',
    holidayMethod: 'weeks',
    daysPerWeek: 6,
    holidayYearStarts: 'on 1 January',
    holidayExtra: '',
    sickPay: 'SSP',
    otherPaidLeave: '',
    otherBenefits: '',
    employerNoticeWeeks: 1,
    workerNoticeWeeks: 1,
    kind: 'permanent',
    endsOn: '',
    probationMonths: 1,
    probationConditions: '',
    workAbroad: 'None',
    requiredTraining: 'None',
    pension: '',
    disciplinaryAndGrievance: '',
    changeSummary: '',
    issuedOn: '',
    agreedOn: '',
    createdAt: '',
  } satisfies ContractVersion;
  const employer = {
    kind: 'individual',
    name: 'Alex Example',
    actingFor: '',
    addressLine1: '',
    addressLine2: '',
    town: '',
    postcode: '',
    phone: '',
    email: '',
    insurer: '',
    policyNumber: '',
    coverPounds: null,
    renewsOn: '',
    payeReference: '',
    pensionScheme: '',
    pensionDutiesStartOn: '',
    pensionDeclarationOn: '',
    localAuthority: '',
    wageArea: null,
  } satisfies EmployerProfile;
  const text = statementText(version, employer, { fullName: 'Sam Carter', startDate: '' }, '2026-01-05');
  const all = text.sections.flatMap((s) => s.paragraphs).join('\n');

  test('every item of the principal statement, once each, in order', () => {
    expect(text.sections.flatMap((s) => (s.item ? [s.item] : []))).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  test.each([
    ['typed full stops are not doubled', 'Your job title is Personal assistant.\n'],
    ['"on" is not doubled', 'paid every 4 weeks, on a Friday.'],
    ['decimal hours', 'You work 37.5 hours a week.'],
    ['holiday is capped', 'You get 28 days of paid holiday a year: 5.6 weeks, up to the legal maximum of 28 days.'],
    ['holiday year', 'Your holiday year starts on 1 January.'],
    ['no start date: the first version stands in', 'Your start date is 5 January 2026.'],
    ['1 month of probation', 'You have a probation period of 1 month, from 5 January 2026 to 4 February 2026.'],
    ['no address yet, said plainly', 'I have not recorded my address in Carebook yet. Ask me for it.'],
    ['one week of notice', "you must give me 1 week's notice."],
  ])('%s', (_label, words) => expect(`${all}\n`).toContain(words));

  test('file names are safe on every system', () => {
    expect(statementFileName('Sam / "Carter": <x>', 3)).toBe('Written statement - Sam Carter x - version 3.pdf');
    expect(statementFileName('///', 1)).toBe('Written statement - PA - version 1.pdf');
  });
});
