import { describe, expect, test } from 'vitest';
import { insuranceItems, missingEmployerDetails } from '../../../../electron/core/employer/rules.js';
import type { EmployerDetails, Insurance } from '../../../../electron/shared/api/index.js';

const TODAY = '2026-03-01';

const complete: EmployerDetails = {
  kind: 'individual',
  name: 'Alex Example',
  actingFor: '',
  addressLine1: '1 Sample Street',
  addressLine2: '',
  town: 'Exampleton',
  postcode: 'EX1 1AA',
  phone: '01234 567890',
  email: '',
};

describe('employer details still missing', () => {
  test.each([
    ['nothing saved yet', null, ['your name', 'your address']],
    ['complete', complete, []],
    ['no postcode', { ...complete, postcode: '' }, ['your address']],
    // Optional on About you, so not asked for on Home either.
    ['no phone number or email', { ...complete, phone: '' }, []],
    ['no address line', { ...complete, addressLine1: '' }, ['your address']],
    ['a representative without the person', { ...complete, kind: 'representative' as const }, ['the name of the person you act for']],
  ])('%s', (_label, profile, missing) => {
    expect(missingEmployerDetails(profile)).toEqual(missing);
  });
});

describe("employer's liability insurance", () => {
  const insured: Insurance = { insurer: 'Example Mutual', policyNumber: 'EL-1', coverPounds: 10_000_000, renewsOn: '2026-09-01' };

  type Expected = [id: string, urgency: string, due: string | undefined][];
  const rows: [label: string, insurance: Insurance | null, expected: Expected, working?: boolean][] = [
    ['covered, renewal far off', insured, []],
    ['no PA working: nothing to say', null, [], false],
    ['no PA working, even if the policy ran out', { ...insured, renewsOn: '2025-01-01' }, [], false],
    ['nothing recorded once a PA works', null, [['employer.insurance-missing', 'due-soon', undefined]]],
    ['no insurer recorded', { ...insured, insurer: '' }, [['employer.insurance-missing', 'due-soon', undefined]]],
    ['cover exactly the minimum', { ...insured, coverPounds: 5_000_000 }, []],
    ['cover below the minimum', { ...insured, coverPounds: 4_999_999 }, [['employer.insurance-cover-too-low', 'unlawful', undefined]]],
    ['cover not known', { ...insured, coverPounds: null }, []],
    ['renewal date not known', { ...insured, renewsOn: '' }, []],
    ['renews in 31 days', { ...insured, renewsOn: '2026-04-01' }, []],
    ['renews in 30 days', { ...insured, renewsOn: '2026-03-31' }, [['employer.insurance-renewal', 'due-soon', '2026-03-31']]],
    ['renews today', { ...insured, renewsOn: TODAY }, [['employer.insurance-renewal', 'due-soon', TODAY]]],
    ['ran out yesterday', { ...insured, renewsOn: '2026-02-28' }, [['employer.insurance-expired', 'unlawful', '2026-02-28']]],
    [
      'ran out, and too little cover',
      { ...insured, renewsOn: '2025-03-01', coverPounds: 1_000_000 },
      [
        ['employer.insurance-cover-too-low', 'unlawful', undefined],
        ['employer.insurance-expired', 'unlawful', '2025-03-01'],
      ],
    ],
  ];
  test.each(rows)('%s', (_label, insurance, expected, working = true) => {
    const items = insuranceItems(insurance, working, TODAY);
    expect(items.map((i) => [i.id, i.urgency, i.due])).toEqual(expected);
    for (const item of items) expect(item.action.to).toBe('/settings/insurance');
  });

  test('the words say what is wrong and what to do', () => {
    const [low, expired] = insuranceItems({ ...insured, coverPounds: 2_000_000, renewsOn: '2026-02-01' }, true, TODAY);
    expect(low?.detail).toBe('The law says it must cover at least £5 million. Yours covers £2 million. Ask your insurer to raise it.');
    expect(expired?.title).toBe("Your employer's liability insurance has run out");
    expect(expired?.detail).toMatch(/^It was due for renewal on 1 February 2026\. You can be fined for every day without it\./);
    const [odd] = insuranceItems({ ...insured, coverPounds: 250_000 }, true, TODAY);
    expect(odd?.detail).toContain('Yours covers £250,000.');
  });
});
