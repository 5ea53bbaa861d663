/**
 * National Insurance number format, as ASC-WDS checks it (REFERENCE §6.4): 2 letters,
 * 6 digits, then an optional letter. Spaces are forgiven and letters upper-cased.
 */
export function normaliseNiNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isNiNumber(value: string): boolean {
  return /^[A-Z]{2}\d{6}[A-Z]?$/.test(normaliseNiNumber(value));
}
