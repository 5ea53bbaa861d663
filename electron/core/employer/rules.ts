import type { AttentionItem, EmployerDetails, Insurance } from '../../shared/api/index.js';
import { valueOn } from '../../shared/reference/dated.js';
import { EL_MINIMUM_COVER_POUNDS } from '../../shared/reference/employment.js';
import { poundsInWords } from '../../shared/money.js';
import { dateInWords, daysBetween } from '../../shared/dates.js';

/**
 * Which parts of the employer profile the law needs and are still missing, in plain words
 * (empty when complete): the written statement must give the employer's name and address
 * (REFERENCE §1.2, items 1 and 6). A phone number or email is optional, as About you says.
 */
export function missingEmployerDetails(profile: EmployerDetails | null): string[] {
  if (!profile) return ['your name', 'your address'];
  const missing: string[] = [];
  if (profile.kind === 'representative' && !profile.actingFor) missing.push('the name of the person you act for');
  if (!profile.addressLine1 || !profile.town || !profile.postcode) missing.push('your address');
  return missing;
}

/** How many days ahead an insurance renewal shows on Home. */
export const RENEWAL_NOTICE_DAYS = 30;

const INSURANCE_PAGE = '/settings/insurance';

/**
 * Employer's liability insurance (REFERENCE §1.7): the law requires it from the day someone
 * works for you, with at least the minimum cover in the reference table. It only matters while
 * someone works for the employer, so nothing is said when no PA is working.
 */
export function insuranceItems(insurance: Insurance | null, hasWorkingPa: boolean, today: string): AttentionItem[] {
  if (!hasWorkingPa) return [];
  const base = { area: 'employer', action: { label: 'Update your insurance details', to: INSURANCE_PAGE } };
  if (!insurance || !insurance.insurer) {
    return [
      {
        ...base,
        id: 'employer.insurance-missing',
        // The insurance is the law (REFERENCE §1.7); recording it is the legal duty left to do.
        urgency: 'due-soon',
        title: "Record your employer's liability insurance",
        detail: "The law says you must have employer's liability insurance from the day a PA starts. Add your insurer, policy number and renewal date.",
        action: { label: 'Add your insurance details', to: INSURANCE_PAGE },
      },
    ];
  }
  const items: AttentionItem[] = [];
  const minimum = valueOn(EL_MINIMUM_COVER_POUNDS, today);
  if (minimum !== undefined && insurance.coverPounds !== null && insurance.coverPounds < minimum) {
    items.push({
      ...base,
      id: 'employer.insurance-cover-too-low',
      urgency: 'unlawful',
      title: "Your employer's liability insurance does not cover enough",
      detail: `The law says it must cover at least ${poundsInWords(minimum)}. Yours covers ${poundsInWords(insurance.coverPounds)}. Ask your insurer to raise it.`,
    });
  }
  if (insurance.renewsOn && insurance.renewsOn < today) {
    items.push({
      ...base,
      id: 'employer.insurance-expired',
      urgency: 'unlawful',
      title: "Your employer's liability insurance has run out",
      detail: `It was due for renewal on ${dateInWords(insurance.renewsOn)}. You can be fined for every day without it. Renew it, then record the new renewal date.`,
      due: insurance.renewsOn,
    });
  } else if (insurance.renewsOn && daysBetween(today, insurance.renewsOn) <= RENEWAL_NOTICE_DAYS) {
    items.push({
      ...base,
      id: 'employer.insurance-renewal',
      urgency: 'due-soon',
      title: `Your employer's liability insurance renews on ${dateInWords(insurance.renewsOn)}`,
      detail: 'Check it renews, so your PAs are covered without a break. Then record the new renewal date.',
      due: insurance.renewsOn,
    });
  }
  return items;
}
