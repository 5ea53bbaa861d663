import { dateInWords } from '../../lib/format.js';

/** "AB123456C" → "AB 12 34 56 C", the way it is printed on letters (easier to read back). */
export function formatNiNumber(ni: string): string {
  const m = /^([A-Z]{2})(\d{2})(\d{2})(\d{2})([A-Z]?)$/.exec(ni);
  return m ? [m[1], m[2], m[3], m[4], m[5]].filter(Boolean).join(' ') : ni;
}

/** A date, or '' when not given (so the caller can say "Not given"). */
export function dateOrBlank(iso: string): string {
  return iso ? dateInWords(iso) : '';
}

/** Join the non-empty parts of an address or contact into lines. */
export function lines(...parts: string[]): string[] {
  return parts.map((p) => p.trim()).filter(Boolean);
}
