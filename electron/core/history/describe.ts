import type { z } from 'zod';
import { isRealIsoDate, labelOf, type HistoryChange } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';

/**
 * Words for the book's history, from the contract itself: a field's name is the label its
 * schema was built with (`requiredText('Job title')`, see labelOf), so the history names a
 * field exactly as the form and its error messages do.
 */

/** "timeLimited" or "time-limited" → "Time limited": a fallback for names with no label. */
function humane(text: string): string {
  const words = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as the history shows it: dates in words, yes or no, choices in words; '' for not given. */
export function shown(value: unknown, words?: Readonly<Record<string, string>>): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'string') {
    if (words?.[value]) return words[value];
    if (isRealIsoDate(value)) return dateInWords(value);
    if (/^[a-z]+(-[a-z]+)+$/.test(value) || /^[a-z]+$/.test(value)) return humane(value);
    return value;
  }
  return JSON.stringify(value);
}

export interface DescribeOptions {
  /** Fields not to compare (ids, timestamps). */
  skip?: readonly string[];
  /** Words for a field's values ("time-limited" → "Yes, it ends on a date"), or how to show them. */
  values?: Readonly<Record<string, Readonly<Record<string, string>> | ((v: unknown) => string)>>;
  /** Labels for fields whose schema has none. */
  labels?: Readonly<Record<string, string>>;
}

/**
 * The fields of an object schema whose values differ between `before` and `after`, with each
 * side in words. Compares what the schema describes and nothing else (so never file contents).
 */
export function changesBetween(
  schema: z.ZodObject,
  before: object,
  after: object,
  options: DescribeOptions = {},
): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (options.skip?.includes(field)) continue;
    const a = (before as Record<string, unknown>)[field];
    const b = (after as Record<string, unknown>)[field];
    if (JSON.stringify(a ?? '') === JSON.stringify(b ?? '')) continue;
    const how = options.values?.[field];
    const show = (v: unknown) => (typeof how === 'function' ? (v === '' || v === null || v === undefined ? '' : how(v)) : shown(v, how));
    changes.push({ field: options.labels?.[field] ?? labelOf(fieldSchema) ?? humane(field), from: show(a), to: show(b) });
  }
  return changes;
}
