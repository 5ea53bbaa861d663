import { addDaysIso, addMonthsIso } from '../dates.js';
import { valueOn } from '../reference/dated.js';
import { YOUNG_WORKERS } from '../reference/young-workers.js';
import { ageOn } from './age.js';

/**
 * Whether child employment law or the young-worker rules apply to a PA on a date
 * (reference/young-workers.ts). Pure, for the PA's page, Home and the tests.
 */
export type YoungWorker =
  /** Of compulsory school age: part-time only, set hours, and a council work permit. */
  | { kind: 'child'; age: number; schoolLeavingDate: string }
  /** Past school leaving age and under 18: limits on hours, rest and night work. */
  | { kind: 'young'; age: number; turns18On: string };

/** The last Friday of June in the school year (1 September to 31 August) in which they turn `age`. */
export function schoolLeavingDate(dateOfBirth: string, age: number): string {
  // Born September to December: that birthday falls in a school year ending the next summer.
  const year = Number(dateOfBirth.slice(0, 4)) + age + (Number(dateOfBirth.slice(5, 7)) >= 9 ? 1 : 0);
  const weekday = new Date(Date.UTC(year, 5, 30)).getUTCDay();
  return addDaysIso(`${year}-06-30`, -((weekday - 5 + 7) % 7)); // back to the last Friday (day 5)
}

/** Child, young worker, or null for an adult (or when the date of birth is not known). */
export function youngWorkerOn(dateOfBirth: string, date: string): YoungWorker | null {
  const rules = valueOn(YOUNG_WORKERS, date);
  const age = ageOn(dateOfBirth, date);
  if (!rules || age === null || age >= rules.adultAge) return null;
  const leaving = schoolLeavingDate(dateOfBirth, rules.schoolLeavingAge);
  if (date <= leaving) return { kind: 'child', age, schoolLeavingDate: leaving };
  // The day they turn 18 (someone born on 29 February is 18 on 1 March in other years).
  const eighteenth = addMonthsIso(dateOfBirth, 12 * rules.adultAge);
  const turns18On = ageOn(dateOfBirth, eighteenth)! < rules.adultAge ? addDaysIso(eighteenth, 1) : eighteenth;
  return { kind: 'young', age, turns18On };
}
