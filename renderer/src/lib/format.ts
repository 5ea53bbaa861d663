import { londonDate } from '../shared.js';

export { dateInWords, dateTimeInWords, pence, poundsInWords } from '../shared.js';

/** Today on a calendar in England, YYYY-MM-DD, as the core counts it (the law's figures are looked up by date). */
export function today(): string {
  return londonDate(new Date());
}

/** "1 PA", "3 PAs", "1 week": a number with its noun, one or many. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Split "2026-03-27" into the three boxes of a date input, and back. */
export function dateParts(iso: string | undefined): { day: string; month: string; year: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
}

/** Returns YYYY-MM-DD when all three parts are numbers, or the raw text so the schema can say what is wrong. */
export function joinDate(parts: { day: string; month: string; year: string }): string {
  const [d, m, y] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!d && !m && !y) return '';
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) {
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  return `${y}-${m}-${d}`;
}
