/** What to call a PA in sentences: the name they prefer, else their full name. */
export function callName(person: { fullName: string; preferredName: string }): string {
  return person.preferredName.trim() || person.fullName.trim();
}

/** A name as compared by people: case, and spaces at the ends or doubled, do not matter. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** True when two names are the same once case and extra spaces are ignored. */
export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}

/** A name for searching: also ignores accents, so "Zoe" finds "Zoë". */
export function searchableName(name: string): string {
  return normaliseName(name).normalize('NFD').replace(/\p{M}/gu, '');
}
