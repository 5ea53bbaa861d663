/** The core's own words about why the book could not be opened, for the problem page. */
let lastMessage = '';
export const rememberProblem = (m: string) => (lastMessage = m);
export const problemMessage = () => lastMessage;

/** Errors that mean the book itself cannot be opened: no passphrase will help. */
export const BOOK_PROBLEMS = ['damaged_book', 'foreign_file', 'weak_key_settings'] as const;
