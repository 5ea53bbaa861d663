/**
 * The area chosen in a history filter, per page (the book's, or one PA's), kept while the book
 * is open so that going to a PA and coming Back finds the list as it was left. Forgotten when
 * the page reloads (locking reloads it).
 */
const chosen = new Map<string, string>();

export const rememberedArea = (page: string) => chosen.get(page) ?? '';
export const rememberArea = (page: string, area: string) => void chosen.set(page, area);
