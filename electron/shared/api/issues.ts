import type { z } from 'zod';
import { labelOf } from './fields.js';

/**
 * The one translation of schema failures into Carebook's words. Field builders (fields.ts) give
 * their own GOV.UK-style messages; whatever zod would otherwise say in its own words
 * ("Unrecognized key", "Invalid input: expected object, received number", "Too big: …") is
 * replaced here by a sentence that names the field by its label and says what to do, and never
 * quotes more than a few characters of what was sent.
 */

type RawIssue = z.core.$ZodRawIssue;

/** The longest piece of the input a message may quote. */
export const QUOTE_MAX = 20;

/** A short, printable quote of something that was sent: no control or bidi characters, at most QUOTE_MAX. */
export function shortQuote(value: unknown): string {
  const text = String(value)
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .trim();
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of details',
  date: 'a date',
};

const AGAIN = 'Go back, check it and try again.';
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

function labelFor(issue: RawIssue): string | undefined {
  return labelOf(issue.schema as z.ZodType | undefined) ?? labelOf(issue.inst as z.ZodType | undefined);
}

const isIssue = (x: unknown): x is z.core.$ZodIssue => typeof x === 'object' && x !== null && 'message' in x && 'path' in x;

/** zod's error map, given to every safeParse at the boundary: `schema.safeParse(input, { error: plainError })`. */
export function plainError(issue: RawIssue): string {
  const label = labelFor(issue);
  const what = label ?? 'What was sent';
  // Every message names the field by its label, or says plainly that the request itself was wrong.
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = (issue.keys as string[] | undefined) ?? [];
      const first = shortQuote(keys[0] ?? '');
      const more = keys.length > 1 ? ` and ${keys.length - 1} more` : '';
      return `Carebook does not use a detail called “${first}”${more} here. ${AGAIN}`;
    }
    case 'invalid_type': {
      const expected = TYPE_WORDS[String(issue.expected)] ?? 'something else';
      if (!label) return `Carebook could not use what was sent. ${AGAIN}`;
      if (issue.input === undefined) return `Enter ${lower(label)}`;
      return `${label} must be ${expected}. ${AGAIN}`;
    }
    case 'invalid_union': {
      // The first option's first problem, in our words, is the most useful thing to say.
      const errors = (issue.errors as unknown[][] | undefined) ?? [];
      const nested = errors.flat().find((e) => isIssue(e) && e.path.length > 0);
      if (isIssue(nested)) return nested.message;
      if (label) return `Enter ${lower(label)}`;
      const first = errors[0]?.[0];
      return isIssue(first) ? first.message : `Carebook could not use what was sent. ${AGAIN}`;
    }
    case 'invalid_value':
      return label ? `Choose one of the options for ${lower(label)}` : `Choose one of the options offered. ${AGAIN}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${what} can have at most ${String(issue.maximum)} entries. Remove some and try again.`
        : issue.origin === 'string'
          ? `${what} must be ${String(issue.maximum)} characters or fewer`
          : `${what} must be ${String(issue.maximum)} or less`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${what} needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}. Add one and try again.`
        : issue.origin === 'string'
          ? label
            ? `Enter ${lower(label)}`
            : `${what} is too short. ${AGAIN}`
          : `${what} must be ${String(issue.minimum)} or more`;
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return `${what} is not in a form Carebook can use. ${AGAIN}`;
  }
}

/** Parse at the boundary with Carebook's own messages. */
export function parsePlain<S extends z.ZodType>(schema: S, input: unknown) {
  return schema.safeParse(input, { error: plainError });
}

/** Turn zod issues into `{ field: message }`, first message per field, for the error summary. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map((p) => shortQuote(String(p))).join('.') : '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}
