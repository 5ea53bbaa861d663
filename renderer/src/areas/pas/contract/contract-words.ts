import { count, dateInWords } from '../../../lib/format.js';
import { pence, STATUTORY_NOTICE, valueOn, type ContractFacts, type ContractVersion } from '../../../shared.js';

/** How the contract's figures are said on screen. Pure, so the wording is easy to check. */

export function weeksWords(n: number): string {
  return count(n, 'week', 'weeks');
}

/** "2 years'", "1 year's", "5 months'": how long someone has worked, before "service". */
export function serviceWords(service: ContractFacts['service']): string {
  if (service.years >= 1) return `${count(service.years, 'year', 'years')}${service.years === 1 ? "'s" : "'"}`;
  if (service.months >= 1) return `${count(service.months, 'month', 'months')}${service.months === 1 ? "'s" : "'"}`;
  return "less than a month's";
}

/**
 * The contract's notice with the law's minimum beside it, e.g. "2 weeks (the law's minimum for
 * 2 years' service is 2 weeks)". When the contract gives less, the law's minimum applies.
 */
export function noticeWords(contractWeeks: number, statutoryWeeks: number, service: ContractFacts['service']): string {
  const svc = serviceWords(service);
  if (statutoryWeeks === 0) {
    return `${weeksWords(contractWeeks)} (the law sets no minimum for ${svc} service)`;
  }
  if (contractWeeks >= statutoryWeeks) {
    return `${weeksWords(contractWeeks)} (the law's minimum for ${svc} service is ${weeksWords(statutoryWeeks)})`;
  }
  return `${weeksWords(statutoryWeeks)}: the contract says ${weeksWords(contractWeeks)}, but the law's minimum for ${svc} service is ${weeksWords(statutoryWeeks)}, and the longer one applies`;
}

/** The law's notice rule in a sentence, from the dated table, for the form's hint. */
export function statutoryNoticeRule(date: string): { employer: string; worker: string } | null {
  const rule = valueOn(STATUTORY_NOTICE, date);
  if (!rule) return null;
  const qualify = count(rule.qualifyingMonths, 'month', 'months');
  return {
    employer:
      `The law's minimum is ${weeksWords(rule.firstWeeks)} once they have worked for you for ${qualify}, ` +
      `${weeksWords(rule.perYearFrom)} after ${rule.perYearFrom} full years, then 1 more week for each full year, up to ${weeksWords(rule.maxWeeks)}. ` +
      'You can give more, but not less.',
    worker: `The law's minimum is ${weeksWords(rule.workerWeeks)} once they have worked for you for ${qualify}.`,
  };
}

export function hoursWords(hours: number): string {
  return hours === 0 ? 'Their hours change from week to week' : count(hours, 'hour', 'hours');
}

export function rateWords(amount: number): string {
  return `${pence(amount)} an hour`;
}

export const PAY_FREQUENCY_WORDS: Record<ContractVersion['payFrequency'], string> = {
  weekly: 'Every week',
  fortnightly: 'Every 2 weeks',
  'four-weekly': 'Every 4 weeks',
  monthly: 'Every month',
};

export function probationWords(months: number, endsOn: string | null): string {
  if (months === 0) return 'No probation';
  return `${count(months, 'month', 'months')}${endsOn ? `, ending on ${dateInWords(endsOn)}` : ''}`;
}

export function jobLengthWords(v: Pick<ContractVersion, 'kind' | 'endsOn'>): string {
  return v.kind === 'permanent' ? 'Permanent' : `Fixed-term, ending on ${dateInWords(v.endsOn)}`;
}
