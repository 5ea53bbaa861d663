export { poundsInWords } from '../shared.js';

/** Dates and sizes the way people in the UK say them: "27 March 2026 at 2:05pm". */
const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true });

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${dateFmt.format(d)} at ${timeFmt.format(d).replace(' ', '')}`;
}

/** A YYYY-MM-DD calendar date, read as a local date (no time-zone shift). */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return dateFmt.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Today on this computer's calendar, YYYY-MM-DD (the law's figures are looked up by date). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
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
