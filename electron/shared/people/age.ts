import { differenceInYears } from 'date-fns/differenceInYears';
import { parseISO } from 'date-fns/parseISO';

/**
 * Age in whole years on `date` (both YYYY-MM-DD), or null when the date of birth is not known
 * or is after `date`. Someone born on 29 February turns a year older on 1 March in other years,
 * as English law counts it; date-fns counts the same way.
 */
export function ageOn(dateOfBirth: string, date: string): number | null {
  if (!dateOfBirth || !date || dateOfBirth > date) return null;
  return differenceInYears(parseISO(date), parseISO(dateOfBirth));
}
