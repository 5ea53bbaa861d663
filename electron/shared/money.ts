/**
 * Amounts of money in words, the same on every page and on Home: "£5 million", "£2.5 million",
 * "£750,000". Round tenths of a million read as millions; anything else is written in full.
 */
export function poundsInWords(pounds: number): string {
  return pounds >= 1_000_000 && pounds % 100_000 === 0
    ? `£${(pounds / 1_000_000).toLocaleString('en-GB')} million`
    : `£${pounds.toLocaleString('en-GB')}`;
}
