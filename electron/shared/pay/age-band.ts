import { addMonthsIso } from '../dates.js';
import { ageOn } from '../people/age.js';
import { valueOn } from '../reference/dated.js';
import { APPRENTICE_RATE_RULE, MINIMUM_WAGE, MINIMUM_WAGE_FROM_AGE, type MinimumWageBand } from '../reference/pay-rates.js';

export interface Person {
  /** '' when not recorded. */
  dateOfBirth: string;
  /** '' unless they are an apprentice: the day the apprenticeship began. */
  apprenticeSince: string;
}

export interface BandOn {
  /** null: under 16, no legal minimum. */
  band: MinimumWageBand | null;
  age: number | null;
  /** True when the date of birth is not recorded and the 21-and-over band is assumed. */
  assumedAdult: boolean;
}

/**
 * The legal minimum band on `date` (REFERENCE §2.1): age on that day (for a pay reference
 * period, its first day); apprentices under 19 or in their first year take the apprentice rate.
 */
export function bandOn(person: Person, date: string): BandOn {
  const age = ageOn(person.dateOfBirth, date);
  const nlwAge = valueOn(MINIMUM_WAGE, date)?.nlwAge ?? MINIMUM_WAGE[0]!.value.nlwAge;
  if (age === null) return { band: '21-and-over', age: null, assumedAdult: true };
  if (age < (valueOn(MINIMUM_WAGE_FROM_AGE, date) ?? 16)) return { band: null, age, assumedAdult: false };
  const rule = valueOn(APPRENTICE_RATE_RULE, date);
  if (rule && person.apprenticeSince && person.apprenticeSince <= date) {
    if (age < rule.underAge || date < addMonthsIso(person.apprenticeSince, rule.firstYearMonths)) return { band: 'apprentice', age, assumedAdult: false };
  }
  if (age >= nlwAge) return { band: '21-and-over', age, assumedAdult: false };
  if (age >= 18) return { band: '18-to-20', age, assumedAdult: false };
  return { band: '16-to-17', age, assumedAdult: false };
}

/** The day someone turns `age` (29 February birthdays fall on 1 March in other years). */
export function birthdayAt(dateOfBirth: string, age: number): string {
  const year = Number(dateOfBirth.slice(0, 4)) + age;
  const md = dateOfBirth.slice(5);
  if (md === '02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return `${year}-03-01`;
  return `${year}-${md}`;
}
