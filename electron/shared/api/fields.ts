import { z } from 'zod';

/**
 * Field builders whose messages follow the GOV.UK pattern: name the field and say what to do.
 * The same schemas validate input in the core and drive the forms in the renderer. Each keeps
 * its label as metadata (`.meta({ title })`), so the book's history names a field as the form does.
 */

const titled = (label: string) => ({ title: label });

/** The label a field builder gave a schema, looking through wrappers (default, optional, pipe). */
export function labelOf(schema: z.ZodType | undefined): string | undefined {
  let node: unknown = schema;
  for (let depth = 0; node && depth < 10; depth++) {
    const s = node as z.ZodType & { def?: { innerType?: unknown; in?: unknown } };
    const title = s.meta?.()?.title;
    if (typeof title === 'string') return title;
    node = s.def?.innerType ?? s.def?.in;
  }
  return undefined;
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * Bidirectional control characters (embeddings, overrides, isolates, marks). Stored names never
 * keep them: "invoice\u202Efdp.exe" would show as "invoiceexe.pdf".
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export const stripBidi = (text: string) => text.replace(BIDI_CONTROLS, '');

export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `Enter ${lower(label)}` })
    .overwrite(stripBidi)
    .trim()
    .min(1, { error: `Enter ${lower(label)}` })
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .meta(titled(label));
}

/** Optional text: an empty string means "not given". */
export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label} must be text` })
    .overwrite(stripBidi)
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .meta(titled(label))
    .default('');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (no 31 April, no 29 Feb 2027). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** "Enter the date of the check": GOV.UK's words for a date left empty. */
const enterDate = (label: string) => `Enter the ${lower(label)}`;

export function isoDate(label: string) {
  return z
    .string({ error: enterDate(label) })
    .trim()
    .min(1, { error: enterDate(label), abort: true })
    .refine(isRealIsoDate, { error: `${label} must be a real date, for example 27 3 2026` })
    .meta(titled(label));
}

export function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be ${min} or more` })
    .max(max, { error: `${label} must be ${max} or fewer` })
    .meta(titled(label));
}

/**
 * True on Windows. Shared code runs in Node (core, main) and in the sandboxed page, which has no
 * `process` but whose user agent names the system.
 */
const nodePlatform = (globalThis as { process?: { platform?: unknown } }).process?.platform;
export const ON_WINDOWS: boolean =
  typeof nodePlatform === 'string' ? nodePlatform === 'win32' : typeof navigator !== 'undefined' && /Windows/.test(navigator.userAgent);

/**
 * An absolute path in this system's own form: "/…" on Linux and macOS; "C:\…" or "\\server\share\…"
 * only on Windows (elsewhere they would be taken as a name inside the working folder).
 */
export function isAbsolutePathHere(p: string, windows = ON_WINDOWS): boolean {
  if (p.includes('\0')) return false;
  return windows ? /^[A-Za-z]:[\\/]/.test(p) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(p) : p.startsWith('/');
}
const isAbsolutePath = (p: string) => isAbsolutePathHere(p);

function absolutePath(label: string, what: string) {
  return z
    .string({ error: `Enter ${lower(label)}` })
    .trim()
    .min(1, { error: `Enter ${lower(label)}` })
    .max(1024, { error: `${label} must be 1024 characters or fewer` })
    .refine(isAbsolutePath, { error: `${label} must be ${what}` })
    .meta(titled(label));
}

export const absoluteFolder = (label: string) =>
  absolutePath(label, `a full folder path, for example ${ON_WINDOWS ? 'C:\\Users\\you\\Documents\\Carebook' : '/home/you/Documents/Carebook'}`);
export const absoluteFile = (label: string) =>
  absolutePath(label, `the full path of a file, for example ${ON_WINDOWS ? 'C:\\Users\\you\\Documents\\passport.pdf' : '/home/you/Documents/passport.pdf'}`);

/** Input for a method that takes nothing. Extra keys are refused so typos are not silently ignored. */
export const nothing = z.object({}).strict();

/**
 * An optional date: '' means "not given", anything else must be a real YYYY-MM-DD date.
 * `example` as the form's hint gives it (a date of birth is not this year).
 */
export function optionalDate(label: string, example = '27 3 2026') {
  return z
    .string({ error: `${label} must be a date` })
    .trim()
    .refine((v) => v === '' || isRealIsoDate(v), { error: `${label} must be a real date, for example ${example}` })
    .meta(titled(label))
    .default('');
}

/** A record's id (a UUID made by the core). */
export function recordId(label = 'Record') {
  return z
    .string({ error: `${label} is missing` })
    .regex(/^[0-9a-f-]{36}$/, { error: `${label} is not one Carebook knows` })
    .meta(titled(label));
}

/** A number that may have up to two decimal places (hours a week, days of holiday). */
export function decimal(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .min(min, { error: `${label} must be ${min} or more` })
    .max(max, { error: `${label} must be ${max} or fewer` })
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
      error: `${label} can have at most 2 decimal places`,
    })
    .meta(titled(label));
}

export function postcodeField(label = 'Postcode') {
  return optionalText(label, 10).refine((v) => v === '' || /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(v), {
    error: 'Enter a real postcode, for example SW1A 1AA',
  });
}

export function emailField(label = 'Email address') {
  return optionalText(label, 200).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
    error: 'Enter an email address in the right format, like name@example.com',
  });
}
