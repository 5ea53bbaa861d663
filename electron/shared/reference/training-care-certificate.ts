import type { Dated } from './dated.js';

/**
 * The Care Certificate's standards (REFERENCE §3.1). The 2025 update has 16 standards; the
 * 2015 standards were usable until the end of July 2025, so a PA who started then keeps them.
 * Only 9's and 16's 2025 titles are confirmed from official text and 4's from a training
 * provider; the others keep their 2015 titles, as providers list them (UNVERIFIED, §8 item 4).
 */
export interface CareCertificateStandard {
  number: number;
  title: string;
}

export interface CareCertificateVersion {
  version: '2015' | '2025';
  standards: readonly CareCertificateStandard[];
}

const titled = (titles: readonly string[]): CareCertificateStandard[] => titles.map((title, i) => ({ number: i + 1, title }));

export const CARE_CERTIFICATE: readonly Dated<CareCertificateVersion>[] = [
  {
    from: '2015-04-01',
    source: 'REFERENCE §3.1 [38]',
    value: {
      version: '2015',
      standards: titled([
        'Understand your role', 'Your personal development', 'Duty of care', 'Equality and diversity', 'Work in a person-centred way',
        'Communication', 'Privacy and dignity', 'Fluids and nutrition', 'Awareness of mental health, dementia and learning disability',
        'Safeguarding adults', 'Safeguarding children', 'Basic life support', 'Health and safety', 'Handling information',
        'Infection prevention and control',
      ]),
    },
  },
  {
    from: '2025-03-01',
    source: 'REFERENCE §3.1 [39]: 16 standards, published March 2025 (titles of 1–3, 5–8, 10–15 UNVERIFIED)',
    value: {
      version: '2025',
      standards: titled([
        'Understand your role', 'Your personal development', 'Duty of care', 'Equality, diversity, inclusion and human rights',
        'Work in a person-centred way', 'Communication', 'Privacy and dignity', 'Fluids and nutrition', 'Awareness of mental health and dementia',
        'Safeguarding adults', 'Safeguarding children', 'Basic life support', 'Health and safety', 'Handling information',
        'Infection prevention and control', 'Awareness of learning disability and autism',
      ]),
    },
  },
];

export const CARE_CERTIFICATE_VERSIONS = ['2015', '2025'] as const;

/** The standards of one version. */
export function careCertificateStandards(version: '2015' | '2025'): readonly CareCertificateStandard[] {
  return CARE_CERTIFICATE.find((row) => row.value.version === version)!.value.standards;
}
