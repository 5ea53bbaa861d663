import { z } from 'zod';
import { parsePounds } from '../../shared.js';

/** A pounds box: "12.71" or "£12.71" → pence, then the core's own rule for that amount. */
export function poundsBox<T extends z.ZodType<number, number>>(whenWrong: string, rule: T, optional = false) {
  return z
    .string()
    .trim()
    .refine((v) => (optional && v === '') || parsePounds(v) !== null, { error: whenWrong })
    .transform((v) => (v === '' ? 0 : parsePounds(v)!))
    .pipe(rule);
}
