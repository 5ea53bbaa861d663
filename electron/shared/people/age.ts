/**
 * Age in whole years on `date` (both YYYY-MM-DD), or null when the date of birth is not known
 * or is after `date`. Someone born on 29 February turns a year older on 1 March in other years,
 * as English law counts it: the birthday has come when the month and day of `date` are on or
 * after the birth's, which for "02-29" is "03-01" in a year without one. Worked from the text
 * (the same answer as date-fns' differenceInYears): Home asks it for every PA and pay period,
 * and parsing dates was a tenth of its time.
 */
export function ageOn(dateOfBirth: string, date: string): number | null {
  if (!dateOfBirth || !date || dateOfBirth > date) return null;
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return date.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}
