import { createJourney } from '../../lib/journey.js';

/** What the new-book pages have gathered so far. */
export const newBook = createJourney<{
  where: 'usual' | 'other' | undefined;
  folder: string;
  /** Set once the book exists; shown once on the recovery code page. */
  created: { folder: string; recoveryCode: string } | null;
}>({ where: undefined, folder: '', created: null });
