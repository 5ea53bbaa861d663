/**
 * Money, one way for the whole app. Amounts are whole pence in the book; people read and type
 * pounds.
 */

/** 1271 → "£12.71". */
export function pence(amount: number): string {
  const sign = amount < 0 ? '−' : '';
  const abs = Math.abs(amount);
  return `${sign}£${Math.floor(abs / 100).toLocaleString('en-GB')}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1271 → "12.71": what a pounds box starts with. */
export function poundsForInput(amount: number): string {
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

/** What someone typed in a pounds box ("12.71", "£12.71", "13") as whole pence, or null. */
export function parsePounds(text: string): number | null {
  const v = text.trim().replace(/^£/, '').trim();
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(v)) return null;
  const [pounds, rest = ''] = v.split('.');
  return Number(pounds) * 100 + Number(rest.padEnd(2, '0'));
}

/**
 * Large amounts in words, the same on every page and on Home: "£5 million", "£2.5 million",
 * "£750,000". Round tenths of a million read as millions; anything else is written in full.
 */
export function poundsInWords(pounds: number): string {
  return pounds >= 1_000_000 && pounds % 100_000 === 0
    ? `£${(pounds / 1_000_000).toLocaleString('en-GB')} million`
    : `£${pounds.toLocaleString('en-GB')}`;
}
