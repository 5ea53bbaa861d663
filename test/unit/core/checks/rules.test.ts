import { describe, expect, test } from 'vitest';
import { checkItems, type CheckFacts } from '../../../../electron/core/checks/attention.js';
import { dbsProblems, interviewProblems, referenceProblems, rightToWorkProblems, statusCheckProblems } from '../../../../electron/core/checks/rules.js';

describe('checks that cannot be true are refused', () => {
  const TODAY = '2026-05-01';
  test.each([
    [{ permission: 'time-limited', permissionEndsOn: '2026-01-01', checkedOn: '2026-01-02' }, ['permissionEndsOn']],
    [{ permission: 'time-limited', permissionEndsOn: '2026-01-02', checkedOn: '2026-01-02' }, []],
    [{ permission: 'unlimited', permissionEndsOn: '', checkedOn: '2026-01-02' }, []],
    // A check cannot be dated in the future: today is fine, tomorrow is not.
    [{ permission: 'unlimited', permissionEndsOn: '', checkedOn: '2026-05-01' }, []],
    [{ permission: 'unlimited', permissionEndsOn: '', checkedOn: '2026-05-02' }, ['checkedOn']],
  ] as const)('right to work %j', (check, fields) => expect(Object.keys(rightToWorkProblems(check, TODAY))).toEqual(fields));

  test('a right-to-work check dated tomorrow says why', () =>
    expect(rightToWorkProblems({ permission: 'unlimited', permissionEndsOn: '', checkedOn: '2026-05-02' }, TODAY)).toEqual({
      checkedOn: 'Date of the check must be today or in the past',
    }));

  test.each([
    [{ requestedOn: '2026-01-05', receivedOn: '2026-01-04' }, ['receivedOn']],
    [{ requestedOn: '2026-01-05', receivedOn: '2026-01-05' }, []],
    [{ requestedOn: '', receivedOn: '2026-01-04' }, []],
    [{ requestedOn: '2026-01-05', receivedOn: '' }, []],
    [{ requestedOn: '2026-05-01', receivedOn: '' }, []],
    [{ requestedOn: '2026-05-02', receivedOn: '' }, ['requestedOn']],
    [{ requestedOn: '2026-04-01', receivedOn: '2026-05-02' }, ['receivedOn']],
  ])('reference %j', (ref, fields) => expect(Object.keys(referenceProblems(ref, TODAY))).toEqual(fields));

  test.each([
    ['2026-01-04', '2026-01-05', { checkedOn: 'Date of the status check must be the same as or after the date the certificate was issued (5 January 2026)' }],
    ['2026-01-05', '2026-01-05', {}],
    ['2026-05-01', '2026-01-05', {}],
    ['2026-05-02', '2026-01-05', { checkedOn: 'Date of the status check must be today or in the past' }],
  ])('status check on %s of a certificate issued %s', (checkedOn, issuedOn, problems) =>
    expect(statusCheckProblems(checkedOn, issuedOn, TODAY)).toEqual(problems),
  );

  test.each([
    ['2026-05-01', []],
    ['2026-05-02', ['heldOn']],
  ])('an interview held on %s', (heldOn, fields) => expect(Object.keys(interviewProblems({ heldOn }, TODAY))).toEqual(fields));

  const dbs = { issuedOn: '2026-03-01', updateServiceJoinedOn: '', certificateNumber: '' };
  test.each([
    ['every date right', dbs, []],
    ['issued today', { ...dbs, issuedOn: '2026-05-01' }, []],
    ['issued tomorrow', { ...dbs, issuedOn: '2026-05-02' }, ['issuedOn']],
    ['joined the Update Service the day it was issued', { ...dbs, updateServiceJoinedOn: '2026-03-01' }, []],
    ['joined the day before it was issued', { ...dbs, updateServiceJoinedOn: '2026-02-28' }, ['updateServiceJoinedOn']],
    ['joined tomorrow', { ...dbs, updateServiceJoinedOn: '2026-05-02' }, ['updateServiceJoinedOn']],
    ['a 12-digit certificate number', { ...dbs, certificateNumber: '001234567890' }, []],
    ['12 digits typed in groups', { ...dbs, certificateNumber: '0012 3456 7890' }, []],
    ['"123"', { ...dbs, certificateNumber: '123' }, ['certificateNumber']],
    ['13 digits', { ...dbs, certificateNumber: '0012345678901' }, ['certificateNumber']],
    ['letters', { ...dbs, certificateNumber: '00123456789X' }, ['certificateNumber']],
    ['a CRB certificate from before DBS, any number', { ...dbs, issuedOn: '2012-11-30', certificateNumber: '123' }, []],
  ])('DBS: %s', (_label, check, fields) => expect(Object.keys(dbsProblems(check, TODAY))).toEqual(fields));

  test('the messages say what to type', () => {
    expect(dbsProblems({ ...dbs, updateServiceJoinedOn: '2026-02-28', certificateNumber: '123' }, TODAY)).toEqual({
      updateServiceJoinedOn:
        'Date they joined the Update Service must be on or after the date the certificate was issued (1 March 2026). If they joined with their application form before it came, enter the date it was issued',
      certificateNumber: 'Certificate number must be the 12 numbers printed at the top right of the certificate, like 001234567890',
    });
  });
});

describe('Home items about checks', () => {
  const TODAY = '2026-05-01';
  const sam = { id: 'w1', fullName: 'Samantha Carter', preferredName: 'Sam', status: 'active', startDate: '2025-01-06' } as const;
  const done: Omit<CheckFacts, 'worker'> = {
    rightToWork: { permission: 'unlimited', permissionEndsOn: '', hasCopy: true },
    dbs: { issuedOn: '2024-12-01', updateServiceJoinedOn: '2024-12-05', level: 'enhanced', adultsBarredList: true },
    satisfactoryReferences: 2,
  };
  type Row = [string, CheckFacts, [string, string, string, string?][]];
  test.each<Row>([
    ['a PA with every check done', { worker: sam, ...done }, []],
    [
      'no right-to-work check',
      { worker: sam, ...done, rightToWork: null },
      [['checks.no-right-to-work.w1', 'unlawful', 'No right-to-work check for Sam', '2025-01-06']],
    ],
    [
      'an applicant with a start date and no right-to-work check yet',
      { worker: { ...sam, status: 'applicant', startDate: '2026-06-01' }, ...done, rightToWork: null, satisfactoryReferences: 0 },
      [['checks.right-to-work-before-start.w1', 'due-soon', 'Check Sam’s right to work before they start', '2026-06-01']],
    ],
    ['an applicant without a start date', { worker: { ...sam, status: 'applicant', startDate: '' }, ...done, rightToWork: null, dbs: null, satisfactoryReferences: 0 }, []],
    [
      'permission ends in more than 60 days',
      { worker: sam, ...done, rightToWork: { permission: 'time-limited', permissionEndsOn: '2026-07-01', hasCopy: true } },
      [],
    ],
    [
      'permission ends in 60 days',
      { worker: sam, ...done, rightToWork: { permission: 'time-limited', permissionEndsOn: '2026-06-30', hasCopy: true } },
      [['checks.right-to-work-follow-up.w1', 'due-soon', 'Check Sam’s right to work again by 30 June 2026', '2026-06-30']],
    ],
    [
      'permission ends today',
      { worker: sam, ...done, rightToWork: { permission: 'time-limited', permissionEndsOn: '2026-05-01', hasCopy: true } },
      [['checks.right-to-work-follow-up.w1', 'due-soon', 'Check Sam’s right to work again by 1 May 2026', '2026-05-01']],
    ],
    [
      'permission ended yesterday',
      { worker: sam, ...done, rightToWork: { permission: 'time-limited', permissionEndsOn: '2026-04-30', hasCopy: true } },
      [['checks.right-to-work-ended.w1', 'unlawful', 'Sam’s permission to work ended on 30 April 2026', '2026-04-30']],
    ],
    [
      'someone who left with expired permission is not asked about',
      { worker: { ...sam, status: 'left' }, ...done, rightToWork: { permission: 'time-limited', permissionEndsOn: '2026-01-01', hasCopy: true }, satisfactoryReferences: 0 },
      [],
    ],
    [
      'DBS issued 10 days ago, not on the Update Service',
      { worker: sam, ...done, dbs: { ...done.dbs!, issuedOn: '2026-04-21', updateServiceJoinedOn: '' } },
      [['checks.dbs-join-update-service.w1', 'good-practice', 'Sam can join the DBS Update Service until 21 May 2026', '2026-05-21']],
    ],
    [
      'DBS: the last day to join is today',
      { worker: sam, ...done, dbs: { ...done.dbs!, issuedOn: '2026-04-01', updateServiceJoinedOn: '' } },
      [['checks.dbs-join-update-service.w1', 'good-practice', 'Sam can join the DBS Update Service until 1 May 2026', '2026-05-01']],
    ],
    [
      'DBS: an applicant can still join',
      { worker: { ...sam, status: 'applicant', startDate: '' }, ...done, dbs: { ...done.dbs!, issuedOn: '2026-04-21', updateServiceJoinedOn: '' }, satisfactoryReferences: 0 },
      [['checks.dbs-join-update-service.w1', 'good-practice', 'Sam can join the DBS Update Service until 21 May 2026', '2026-05-21']],
    ],
    [
      'DBS: the time to join has passed',
      { worker: sam, ...done, dbs: { ...done.dbs!, issuedOn: '2026-03-31', updateServiceJoinedOn: '' } },
      [['checks.dbs-not-on-update-service.w1', 'information', 'Sam’s DBS certificate is not on the Update Service']],
    ],
    ['DBS: joined', { worker: sam, ...done, dbs: { ...done.dbs!, issuedOn: '2026-04-21', updateServiceJoinedOn: '2026-04-22' } }, []],
    ['DBS issued before the Update Service existed', { worker: sam, ...done, dbs: { ...done.dbs!, issuedOn: '2012-01-01', updateServiceJoinedOn: '' } }, []],
    ['no DBS check at all (not asked: not every PA needs one)', { worker: sam, ...done, dbs: null }, []],
    [
      'a right-to-work check with no copy kept',
      { worker: sam, ...done, rightToWork: { ...done.rightToWork!, hasCopy: false } },
      [['checks.right-to-work-copy.w1', 'due-soon', 'Keep a copy of Sam’s right-to-work check']],
    ],
    [
      'an applicant’s check with no copy yet',
      { worker: { ...sam, status: 'applicant', startDate: '' }, ...done, rightToWork: { ...done.rightToWork!, hasCopy: false }, satisfactoryReferences: 0 },
      [['checks.right-to-work-copy.w1', 'due-soon', 'Keep a copy of Sam’s right-to-work check']],
    ],
    ['someone who left: the copy is not asked for', { worker: { ...sam, status: 'left' }, ...done, rightToWork: { ...done.rightToWork!, hasCopy: false } }, []],
    [
      'an Enhanced check without the adults’ barred list',
      { worker: sam, ...done, dbs: { ...done.dbs!, adultsBarredList: false } },
      [['checks.dbs-adults-barred-list.w1', 'good-practice', 'Sam’s DBS check does not include the adults’ barred list']],
    ],
    ['a Standard check: no barred list to ask about', { worker: sam, ...done, dbs: { ...done.dbs!, level: 'standard', adultsBarredList: false } }, []],
    [
      'no satisfactory reference',
      { worker: sam, ...done, satisfactoryReferences: 0 },
      [['checks.no-reference.w1', 'good-practice', 'No satisfactory reference for Sam']],
    ],
  ])('%s', (_label, facts, expected) => {
    const items = checkItems(facts, TODAY);
    expect(items.map((i) => (i.due ? [i.id, i.urgency, i.title, i.due] : [i.id, i.urgency, i.title]))).toEqual(expected);
    for (const item of items) {
      expect(item.action.to).toBe('/pas/w1/checks');
      expect(item.detail.length).toBeGreaterThan(20);
    }
  });

  test('the right-to-work items give the fine from the dated table', () => {
    const [item] = checkItems({ worker: sam, ...done, rightToWork: null }, TODAY);
    expect(item?.detail).toBe('You must check that someone has the right to work in the UK before they start working for you. The fine can be up to £45,000.');
    const [before] = checkItems({ worker: sam, ...done, rightToWork: null }, '2020-01-01');
    expect(before?.detail).not.toContain('£');
  });

  test('the full name when there is no preferred name', () => {
    const [item] = checkItems({ worker: { ...sam, preferredName: '' }, ...done, satisfactoryReferences: 0 }, TODAY);
    expect(item?.title).toBe('No satisfactory reference for Samantha Carter');
  });
});
