import { describe, expect, test } from 'vitest';
import { REGISTRY } from '../../../../electron/core/areas.js';
import { kindLabels } from '../../../../electron/core/retention/labels.js';
import { retentionItem } from '../../../../electron/core/retention/attention.js';
import { kindsFor, mayDeleteFrom, retentionRows, ruleFor } from '../../../../electron/core/retention/rules.js';
import { RECORD_KINDS, type RecordKind, type WorkerStatus } from '../../../../electron/shared/api/index.js';
import { RETENTION } from '../../../../electron/shared/reference/retention.js';

const TODAY = '2026-05-01';
type Person = { status: WorkerStatus; startDate: string; leftOn: string };
const leaver: Person = { status: 'left', startDate: '2018-09-03', leftOn: '2024-02-29' };
const neverStarted: Person = { status: 'left', startDate: '', leftOn: '2025-10-15' };

/** Every kind the reference data names but the applicant one: someone who worked for you has each. */
const WORKED_FOR = RECORD_KINDS.filter((k) => k !== 'applicant');

describe('which kinds of record a PA has', () => {
  test('the kinds of someone who worked for you start with the four of Your PAs', () =>
    expect(WORKED_FOR.slice(0, 4)).toEqual(['right-to-work', 'recruitment', 'contracts', 'personnel-file']));

  test.each([
    [{ status: 'active', startDate: '2020-01-01' }, WORKED_FOR],
    [{ status: 'left', startDate: '2020-01-01' }, WORKED_FOR],
    [{ status: 'applicant', startDate: '' }, ['applicant']],
    [{ status: 'applicant', startDate: '2026-09-01' }, ['applicant']],
    [{ status: 'left', startDate: '' }, ['applicant']],
  ] as const)('%j: %j', (person, kinds) => expect(kindsFor(person)).toEqual(kinds));
});

describe('the first day records may be deleted', () => {
  test.each<[string, Person, RecordKind, string]>([
    ['right-to-work, 2 years after leaving (left 29 Feb)', leaver, 'right-to-work', '2026-02-28'],
    ['recruitment, 6 years after', leaver, 'recruitment', '2030-02-28'],
    ['contracts, 6 years after', leaver, 'contracts', '2030-02-28'],
    // The latest of every kind: pay and hours records are kept 73 months (REFERENCE §1.13).
    ['personnel file: the latest of every kind', leaver, 'personnel-file', '2030-03-29'],
    ['an applicant who never started: 6 months after', neverStarted, 'applicant', '2026-04-15'],
    ['still working: not yet', { status: 'active', startDate: '2020-01-01', leftOn: '' }, 'right-to-work', ''],
    ['still working: personnel file not yet', { status: 'active', startDate: '2020-01-01', leftOn: '' }, 'personnel-file', ''],
    ['still applying: not yet', { status: 'applicant', startDate: '', leftOn: '' }, 'applicant', ''],
    ['left on 31 August: month end', { status: 'left', startDate: '2020-01-01', leftOn: '2025-08-31' }, 'right-to-work', '2027-08-31'],
  ])('%s', (_label, person, kind, date) => expect(mayDeleteFrom(kind, person, TODAY)).toBe(date));

  test('the periods come from the dated reference table', () => {
    for (const kind of RECORD_KINDS) {
      const { rule, source } = ruleFor(kind, TODAY);
      expect(rule).toBe(RETENTION[kind].at(-1)!.value);
      expect(source).toBe(RETENTION[kind].at(-1)!.source);
    }
  });
});

/** The kinds' names as the areas declare them in their manifests. */
const LABELS = kindLabels({ registry: REGISTRY });

/** Counts for every kind the reference data names, with these few filled in (a new kind counts 0). */
const countsOf = (some: Partial<Record<RecordKind, number>>) => ({ ...Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])), ...some }) as Record<RecordKind, number>;
/** The kinds these tests are about; an area that adds a kind adds a row, checked by the set of kinds. */
const FOUR: RecordKind[] = ['right-to-work', 'recruitment', 'contracts', 'personnel-file'];
const theFour = <T extends { kind: RecordKind }>(rows: T[]) => rows.filter((r) => FOUR.includes(r.kind));

describe('the records page rows', () => {
  const counts = countsOf({ 'right-to-work': 2, recruitment: 4, contracts: 1, 'personnel-file': 1, applicant: 8 });

  test('someone who worked for you has a row for every kind but the applicant one', () => {
    expect(retentionRows(leaver, counts, TODAY, LABELS).map((r) => r.kind)).toEqual(RECORD_KINDS.filter((k) => k !== 'applicant'));
  });

  test('a PA who left: four kinds, right-to-work deletable now', () => {
    const rows = theFour(retentionRows(leaver, counts, TODAY, LABELS));
    expect(rows.map((r) => [r.kind, r.count, r.mayDeleteFrom, r.mayDeleteNow])).toEqual([
      ['right-to-work', 2, '2026-02-28', true],
      ['recruitment', 4, '2030-02-28', false],
      ['contracts', 1, '2030-02-28', false],
      ['personnel-file', 1, '2030-03-29', false], // after their pay and hours records (73 months)
    ]);
    expect(rows[0]).toMatchObject({
      label: 'Right-to-work checks and copies',
      rule: 'Keep right-to-work copies while they work for you and for 2 years after.',
      source: 'REFERENCE §1.3, §1.13 [11]',
    });
  });

  test('the day before and the day itself', () => {
    expect(retentionRows(leaver, counts, '2026-02-27', LABELS)[0]!.mayDeleteNow).toBe(false);
    expect(retentionRows(leaver, counts, '2026-02-28', LABELS)[0]!.mayDeleteNow).toBe(true);
  });

  test('someone who never started: one row for everything', () => {
    expect(retentionRows(neverStarted, counts, TODAY, LABELS)).toEqual([
      {
        kind: 'applicant',
        label: 'Everything about their application',
        count: 8,
        mayDeleteFrom: '2026-04-15',
        mayDeleteNow: true,
        rule: RETENTION.applicant[0]!.value.rule,
        source: RETENTION.applicant[0]!.source,
      },
    ]);
  });

  test('someone still working: nothing may be deleted', () => {
    const rows = retentionRows({ status: 'active', startDate: '2020-01-01', leftOn: '' }, counts, TODAY, LABELS);
    expect(rows.every((r) => r.mayDeleteFrom === '' && !r.mayDeleteNow)).toBe(true);
  });
});

describe('the Home item about records that may be deleted', () => {
  const w = { id: 'w1', fullName: 'Samantha Carter', preferredName: 'Sam', leftOn: '2024-02-29' };
  const counts = (rtw: number) => countsOf({ 'right-to-work': rtw, recruitment: 4, contracts: 1, 'personnel-file': 1 });

  test.each([
    ['nothing past its time yet', '2026-02-27', 2, null],
    ['right-to-work copies past their time', '2026-02-28', 2, ['good-practice', '2026-02-28', 'right-to-work checks and copies']],
    ['right-to-work copies already deleted', '2026-03-01', 0, null],
    [
      'everything past its time',
      '2030-03-29', // the day their pay and hours records (73 months), and so their own record, may go
      2,
      ['good-practice', '2026-02-28', 'right-to-work checks and copies, DBS checks, references and interview notes, contracts and signed statements and their personal details and any other records'],
    ],
  ] as const)('%s', (_label, today, rtw, expected) => {
    const item = retentionItem(w, retentionRows({ status: 'left', startDate: '2018-01-01', leftOn: w.leftOn }, counts(rtw), today, LABELS));
    if (expected === null) return expect(item).toBeNull();
    expect(item).toMatchObject({
      id: 'retention.may-delete.w1',
      urgency: expected[0],
      due: expected[1],
      title: 'You can now delete records about Sam',
      action: { to: '/pas/w1/records' },
    });
    expect(item!.detail).toContain(`You no longer need to keep ${expected[2]}.`);
  });
});
