import { describe, expect, test } from 'vitest';
import { workerItems } from '../../electron/core/workers/attention.js';
import { changeStatus, detailsProblems, everStarted } from '../../electron/core/workers/rules.js';
import { workerDetailsSchema } from '../../electron/shared/api/index.js';
import { ageOn } from '../../electron/shared/people/age.js';
import { addMonthsIso, dateInWords } from '../../electron/shared/dates.js';
import { callName, sameName, searchableName } from '../../electron/shared/people/names.js';
import { isNiNumber, normaliseNiNumber } from '../../electron/shared/people/ni-number.js';

describe('National Insurance number', () => {
  test.each([
    ['QQ123456C', true, 'QQ123456C'],
    ['QQ 12 34 56 C', true, 'QQ123456C'],
    ['qq123456c', true, 'QQ123456C'],
    ['  qq 123 456 c ', true, 'QQ123456C'],
    ['QQ123456', true, 'QQ123456'], // the final letter is optional
    ['AB 12 34 56', true, 'AB123456'],
    ['Q1234567C', false, 'Q1234567C'], // one letter
    ['QQ12345C', false, 'QQ12345C'], // five digits
    ['QQ1234567C', false, 'QQ1234567C'], // seven digits
    ['QQ123456CD', false, 'QQ123456CD'], // two final letters
    ['12QQ3456C', false, '12QQ3456C'],
    ['QQ-12-34-56-C', false, 'QQ-12-34-56-C'], // dashes are not forgiven
    ['', false, ''],
  ])('%j: valid %s, stored as %j', (typed, valid, stored) => {
    expect(isNiNumber(typed)).toBe(valid);
    expect(normaliseNiNumber(typed)).toBe(stored);
  });

  test.each([
    ['qq 12 34 56 c', 'QQ123456C', null],
    ['', '', null],
    ['QQ12', null, 'National Insurance number must be 2 letters, 6 numbers and sometimes a final letter, like QQ 12 34 56 C'],
  ])('the form reads %j as %j (error %j)', (typed, stored, message) => {
    const parsed = workerDetailsSchema.safeParse({ fullName: 'Sam Carter', niNumber: typed });
    expect(parsed.success ? parsed.data.niNumber : null).toBe(stored);
    expect(parsed.error?.issues[0]?.message ?? null).toBe(message);
  });
});

describe('age on a date', () => {
  test.each([
    ['1990-06-15', '2026-06-15', 36, 'on their birthday'],
    ['1990-06-15', '2026-06-14', 35, 'the day before their birthday'],
    ['1990-06-15', '2026-12-31', 36, 'later that year'],
    ['2008-02-29', '2026-02-28', 17, 'born 29 February, 28 February in a common year'],
    ['2008-02-29', '2026-03-01', 18, 'born 29 February, 1 March in a common year'],
    ['2008-02-29', '2028-02-28', 19, 'born 29 February, the day before in a leap year'],
    ['2008-02-29', '2028-02-29', 20, 'born 29 February, on 29 February'],
    ['2000-01-01', '2000-01-01', 0, 'the day they were born'],
    ['2004-04-06', '2025-04-05', 20, 'the day before turning 21'],
    ['2004-04-06', '2025-04-06', 21, 'turning 21'],
  ])('born %s, on %s: %i (%s)', (born, on, age) => expect(ageOn(born, on)).toBe(age));

  test.each([
    ['', '2026-01-01'],
    ['2030-01-01', '2026-01-01'],
  ])('born %j on %s: not known', (born, on) => expect(ageOn(born, on)).toBeNull());
});

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

describe('names', () => {
  test.each([
    ['Sam Carter', 'Sam Carter', true],
    ['sam carter', 'Sam Carter', true],
    ['  Sam   Carter ', 'Sam Carter', true],
    ['SAM CARTER', 'sam carter', true],
    ['Sam Carte', 'Sam Carter', false],
    ['Samuel Carter', 'Sam Carter', false],
    ['', 'Sam Carter', false],
  ])('%j is the same name as %j: %s', (a, b, same) => expect(sameName(a, b)).toBe(same));

  test.each([
    [{ fullName: 'Samantha Carter', preferredName: 'Sam' }, 'Sam'],
    [{ fullName: 'Samantha Carter', preferredName: '' }, 'Samantha Carter'],
    [{ fullName: 'Samantha Carter', preferredName: '  ' }, 'Samantha Carter'],
  ])('%j is called %j', (w, name) => expect(callName(w)).toBe(name));

  test.each([
    ['Zoë Ångström', 'zoe angstrom'],
    ['  O’BRIEN  ', 'o’brien'],
  ])('%j is searched as %j', (name, key) => expect(searchableName(name)).toBe(key));
});

describe('changing where a PA stands', () => {
  test.each([
    [
      'an applicant starts',
      { status: 'applicant', startDate: '' },
      { status: 'active', startDate: '2026-03-02' },
      { facts: { status: 'active', startDate: '2026-03-02', leftOn: '', leftReason: '' } },
    ],
    [
      'a PA leaves after starting',
      { status: 'active', startDate: '2024-01-08' },
      { status: 'left', leftOn: '2026-03-02', leftReason: 'Moved away' },
      { facts: { status: 'left', startDate: '2024-01-08', leftOn: '2026-03-02', leftReason: 'Moved away' } },
    ],
    [
      'a PA leaves on the day they started',
      { status: 'active', startDate: '2026-03-02' },
      { status: 'left', leftOn: '2026-03-02', leftReason: 'Changed their mind' },
      { facts: { status: 'left', startDate: '2026-03-02', leftOn: '2026-03-02', leftReason: 'Changed their mind' } },
    ],
    [
      'leaving before they started is refused',
      { status: 'active', startDate: '2024-01-08' },
      { status: 'left', leftOn: '2024-01-07', leftReason: 'Moved away' },
      { errors: { leftOn: 'Date they left must be the same as or after the date they started (8 January 2024)' } },
    ],
    [
      'an applicant who never started: the planned start date is cleared',
      { status: 'applicant', startDate: '2026-05-01' },
      { status: 'left', leftOn: '2026-04-01', leftReason: 'Took another job' },
      { facts: { status: 'left', startDate: '', leftOn: '2026-04-01', leftReason: 'Took another job' } },
    ],
    [
      'correcting the leaving date of someone who never started',
      { status: 'left', startDate: '' },
      { status: 'left', leftOn: '2026-04-03', leftReason: 'Took another job' },
      { facts: { status: 'left', startDate: '', leftOn: '2026-04-03', leftReason: 'Took another job' } },
    ],
    [
      'a PA who left comes back',
      { status: 'left', startDate: '2020-01-01' },
      { status: 'active', startDate: '2026-01-05' },
      { facts: { status: 'active', startDate: '2026-01-05', leftOn: '', leftReason: '' } },
    ],
    [
      'back to applying keeps a planned start date',
      { status: 'active', startDate: '2026-09-01' },
      { status: 'applicant' },
      { facts: { status: 'applicant', startDate: '2026-09-01', leftOn: '', leftReason: '' } },
    ],
  ] as const)('%s', (_label, current, change, expected) => expect(changeStatus(current, change)).toEqual(expected));

  test.each([
    ['applicant', '2026-01-01', false],
    ['active', '2026-01-01', true],
    ['left', '2026-01-01', true],
    ['left', '', false],
  ] as const)('%s with start date %j: ever started %s', (status, startDate, started) =>
    expect(everStarted({ status, startDate })).toBe(started),
  );
});

describe('details that depend on where a PA stands', () => {
  const TODAY = '2026-05-01';
  test.each([
    ['an applicant with no start date', { startDate: '', dateOfBirth: '' }, { status: 'applicant', leftOn: '' }, {}],
    ['a working PA needs a start date', { startDate: '', dateOfBirth: '' }, { status: 'active', leftOn: '' }, { startDate: 'Enter the date they started working for you' }],
    ['a working PA with a start date', { startDate: '2025-01-01', dateOfBirth: '1990-01-01' }, { status: 'active', leftOn: '' }, {}],
    [
      'a start date after they left',
      { startDate: '2025-02-01', dateOfBirth: '' },
      { status: 'left', leftOn: '2025-01-31' },
      { startDate: 'Start date must be the same as or before the date they left (31 January 2025)' },
    ],
    ['someone who left and never started', { startDate: '', dateOfBirth: '' }, { status: 'left', leftOn: '2025-01-31' }, {}],
    ['born today', { startDate: '', dateOfBirth: TODAY }, { status: 'applicant', leftOn: '' }, { dateOfBirth: 'Date of birth must be in the past' }],
    ['born in the future', { startDate: '', dateOfBirth: '2030-01-01' }, { status: 'applicant', leftOn: '' }, { dateOfBirth: 'Date of birth must be in the past' }],
  ] as const)('%s', (_label, details, facts, problems) => expect(detailsProblems(details, facts, TODAY)).toEqual(problems));
});

describe('Home items about a PA’s details', () => {
  const TODAY = '2026-05-01';
  const base = { id: 'w1', fullName: 'Samantha Carter', preferredName: 'Sam', dateOfBirth: '1990-01-01', niNumber: 'QQ123456C' };
  test.each([
    ['a working PA with everything', { ...base, status: 'active', startDate: '2025-01-01' }, []],
    ['no NI number', { ...base, status: 'active', startDate: '2025-01-01', niNumber: '' }, [['workers.details-missing.w1', 'missing', 'Add Sam’s National Insurance number']]],
    [
      'no date of birth or NI number',
      { ...base, status: 'active', startDate: '2025-01-01', niNumber: '', dateOfBirth: '' },
      [['workers.details-missing.w1', 'missing', 'Add Sam’s date of birth and National Insurance number']],
    ],
    ['an applicant without them is not asked yet', { ...base, status: 'applicant', startDate: '', niNumber: '' }, []],
    ['an applicant due to start later', { ...base, status: 'applicant', startDate: '2026-05-02' }, []],
    [
      'an applicant whose start date has come',
      { ...base, status: 'applicant', startDate: '2026-05-01' },
      [['workers.start-date-passed.w1', 'due-soon', 'Sam was due to start on 1 May 2026']],
    ],
    ['someone who left', { ...base, status: 'left', startDate: '2020-01-01', niNumber: '' }, []],
  ] as const)('%s', (_label, worker, expected) => {
    const items = workerItems(worker, TODAY);
    expect(items.map((i) => [i.id, i.urgency, i.title])).toEqual(expected);
    for (const item of items) expect(item.action.to).toBe('/pas/w1');
  });
});
