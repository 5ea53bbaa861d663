import type { Dated } from './dated.js';

/**
 * How long each kind of record about a PA is kept after their employment ends
 * (REFERENCE §1.13). Carebook shows the date from which a record may be deleted; it never
 * deletes on its own.
 */
export const RECORD_KINDS = ['right-to-work', 'recruitment', 'contracts', 'personnel-file', 'pay-and-hours', 'training', 'applicant'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RetentionRule {
  /** Months after employment ends (or, for an applicant who never started, after they were turned down). */
  monthsAfterEnd: number;
  /** The rule in plain words, shown beside the date. */
  rule: string;
}

/** The general HR file: references, DBS, the interview, contracts and the rest of the personnel file. */
const HR_RECORDS: readonly Dated<RetentionRule>[] = [
  {
    from: '1980-01-01',
    value: { monthsAfterEnd: 72, rule: 'Many employers keep HR records for 6 years after someone leaves (the Limitation Act time limit).' },
    source: 'REFERENCE §1.13 [22]',
  },
];

export const RETENTION: Readonly<Record<RecordKind, readonly Dated<RetentionRule>[]>> = {
  'right-to-work': [
    {
      from: '2008-02-29',
      value: { monthsAfterEnd: 24, rule: 'Keep right-to-work copies while they work for you and for 2 years after.' },
      source: 'REFERENCE §1.3, §1.13 [11]',
    },
  ],
  recruitment: HR_RECORDS,
  contracts: HR_RECORDS,
  'personnel-file': HR_RECORDS,
  // NMW records: 6 years from the end of the pay reference period after the one they cover (REFERENCE §1.13 [22]).
  'pay-and-hours': [{ from: '2021-04-01', value: { monthsAfterEnd: 73, rule: 'Keep pay and hours records for 6 years after the pay period that follows the last one they cover.' }, source: 'REFERENCE §1.13 [22]' }],
  training: HR_RECORDS,
  // Common practice, no statute (REFERENCE marks the legal basis UNVERIFIED): we use the shorter end.
  applicant: [
    {
      from: '1980-01-01',
      value: { monthsAfterEnd: 6, rule: 'Records of someone who applied but did not work for you: common practice is 6 to 12 months.' },
      source: 'REFERENCE §1.13 [5]',
    },
  ],
};
