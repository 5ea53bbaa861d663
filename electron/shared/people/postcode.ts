/**
 * A UK postcode as it is printed: capitals, one space before the last three characters
 * ("bs1 4dj" and "BS14DJ" both become "BS1 4DJ"). Anything too short to be a postcode is
 * left as typed, in capitals.
 */
export function formatPostcode(typed: string): string {
  const compact = typed.replace(/\s+/g, '').toUpperCase();
  return compact.length >= 5 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}
