import { describe, expect, test } from 'vitest';
import { workerItems } from '../../../../electron/core/workers/attention.js';
import { changeStatus, detailsProblems, everStarted, NOT_STARTED_YET } from '../../../../electron/core/workers/rules.js';

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
    // Started today is fine; a first day still to come is not "working for you" yet.
    [
      'starts today',
      { status: 'applicant', startDate: '2026-05-01' },
      { status: 'active', startDate: '2026-05-01' },
      { facts: { status: 'active', startDate: '2026-05-01', leftOn: '', leftReason: '' } },
    ],
    ['starts tomorrow: refused', { status: 'applicant', startDate: '2026-05-02' }, { status: 'active', startDate: '2026-05-02' }, { errors: { startDate: NOT_STARTED_YET } }],
    [
      'left today',
      { status: 'active', startDate: '2024-01-08' },
      { status: 'left', leftOn: '2026-05-01', leftReason: 'Moved away' },
      { facts: { status: 'left', startDate: '2024-01-08', leftOn: '2026-05-01', leftReason: 'Moved away' } },
    ],
    [
      'leaves tomorrow: refused until they have',
      { status: 'active', startDate: '2024-01-08' },
      { status: 'left', leftOn: '2026-05-02', leftReason: 'Moved away' },
      { errors: { leftOn: 'Date they left must be today or in the past. If they are leaving soon, record it on their last day or after' } },
    ],
  ] as const)('%s', (_label, current, change, expected) => expect(changeStatus(current, change, '2026-05-01')).toEqual(expected));

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
    ['a working PA who started today', { startDate: TODAY, dateOfBirth: '' }, { status: 'active', leftOn: '' }, {}],
    ['"already works for you" from tomorrow', { startDate: '2026-05-02', dateOfBirth: '' }, { status: 'active', leftOn: '' }, { startDate: NOT_STARTED_YET }],
    ['"already works for you" from 2031', { startDate: '2031-01-01', dateOfBirth: '' }, { status: 'active', leftOn: '' }, { startDate: NOT_STARTED_YET }],
    ['an applicant due to start in 2031', { startDate: '2031-01-01', dateOfBirth: '' }, { status: 'applicant', leftOn: '' }, {}],
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
    ['no NI number', { ...base, status: 'active', startDate: '2025-01-01', niNumber: '' }, [['workers.details-missing.w1', 'due-soon', 'Add Sam’s National Insurance number']]],
    [
      'no date of birth or NI number',
      { ...base, status: 'active', startDate: '2025-01-01', niNumber: '', dateOfBirth: '' },
      [['workers.details-missing.w1', 'due-soon', 'Add Sam’s date of birth and National Insurance number']],
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
