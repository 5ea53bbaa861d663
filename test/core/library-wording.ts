/**
 * What a refusal must never contain: zod's own words (English locale), Node's error codes and
 * stack fragments. Shared by the refusal tests and the fuzz test.
 */
export const LIBRARY_WORDING =
  /Unrecognized key|Invalid input|Invalid option|Invalid string|Invalid element|Invalid key|Too big|Too small|expected (a |an )?(string|number|object|array|boolean|int|nonoptional)|received (a |an )?(string|number|object|array|boolean|undefined|null)|\bE[A-Z]{3,}\b|at Object\.|node:internal|TypeError|SyntaxError|RangeError|SQLITE_|undefined|NaN|\[object Object\]/;

/** The most a refusal's message may be: a sentence or two, never an echo of a long input. */
export const MESSAGE_MAX = 400;
