import type { Dated } from './dated.js';

/**
 * Who pays towards training (REFERENCE §3.4). Agencies that complete ASC-WDS claim from the
 * Learning and Development Support Scheme (LDSS); individual employers, from 2026-27, through a
 * user-led organisation's training fund. Looked up by the date the training was done.
 */
export interface FundingScheme {
  id: 'wdf' | 'ldss' | 'ie-funding' | 'ulo-fund';
  name: string;
  who: 'agency' | 'individual';
  /** Courses: claim within this many months of completing them. */
  claimWithinMonths: number | null;
  /** In words: what to know before claiming. */
  notes: string;
}

export const AGENCY_FUNDING: readonly Dated<FundingScheme>[] = [
  {
    from: '2014-04-01',
    source: 'REFERENCE §3.4 [44][45]',
    value: { id: 'wdf', name: 'Workforce Development Fund', who: 'agency', claimWithinMonths: null, notes: 'Replaced by the Learning and Development Support Scheme in September 2024.' },
  },
  {
    from: '2024-09-01',
    source: 'REFERENCE §3.4 [44] (GOV.UK guide; SfC mirror 22 Dec 2025); 2026-27 continuation UNVERIFIED',
    value: {
      id: 'ldss',
      name: 'Learning and Development Support Scheme (NHSBSA)',
      who: 'agency',
      claimWithinMonths: 3,
      notes:
        'You must have completed ASC-WDS. Claim for a course within 3 months of it finishing; for a qualification, 60% when it starts and is paid for and 40% on completion, each within 3 months. Oliver McGowan training is funded from a separate pot.',
    },
  },
];

export const INDIVIDUAL_EMPLOYER_FUNDING: readonly Dated<FundingScheme>[] = [
  {
    from: '2013-04-01',
    source: 'REFERENCE §3.4 [45]',
    value: {
      id: 'ie-funding',
      name: 'Individual Employer Funding (Skills for Care)',
      who: 'individual',
      claimWithinMonths: null,
      notes: 'Covered training, travel and replacement support while your PA trained. Replaced from 2026-27.',
    },
  },
  {
    from: '2026-04-01',
    source: 'REFERENCE §3.4 [45] (GOV.UK guide updated 1 June 2026)',
    value: {
      id: 'ulo-fund',
      name: 'User-led organisation training fund (NHSBSA)',
      who: 'individual',
      claimWithinMonths: null,
      notes: 'An eligible user-led organisation claims towards training for you and your PAs; as a guide, £25 to £150 per person per day. Ask your local user-led organisation.',
    },
  },
];

/** The most LDSS pays towards the Level 2 Adult Social Care Certificate, by funding year (REFERENCE §3.4 [44]). */
export const L2_CERTIFICATE_CAP_PENCE: readonly Dated<number>[] = [
  { from: '2024-09-01', value: 150_000, source: 'REFERENCE §3.4 [44] (Staffordshire; TQUK), 2024-25' },
  { from: '2025-04-01', value: 154_000, source: 'REFERENCE §3.4 [44] (Staffordshire; TQUK), 2025-26' },
];
