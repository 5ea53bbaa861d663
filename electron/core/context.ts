import type { OpenBook } from './book/open-book.js';
import type { AppConfigFile } from './app-config.js';

/** What every handler may use. `book()` throws `book_locked` when no book is open. */
export interface Context {
  config: AppConfigFile;
  now(): Date;
  /** Today in England, YYYY-MM-DD. */
  today(): string;
  book(): OpenBook;
  current(): OpenBook | null;
  setCurrent(book: OpenBook | null): void;
}

export type Handler<I, O> = (ctx: Context, input: I) => Promise<O> | O;

import type { CoreMethodName, Output, ParsedInput } from '../shared/api/index.js';

/** Handlers for some of the API's methods, each typed by its contract. */
export type AreaHandlers<K extends CoreMethodName> = { [M in K]: Handler<ParsedInput<M>, Output<M>> };
