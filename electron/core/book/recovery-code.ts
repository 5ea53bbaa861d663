import { randomBytes } from 'node:crypto';

/**
 * The recovery code: 25 symbols of Crockford's base32 (125 random bits), printed in five groups
 * of five. Crockford's alphabet has no I, L, O or U, so the code survives being read aloud or
 * copied by hand; on entry, look-alikes are mapped back and spaces and dashes ignored.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 5;
const GROUP_LENGTH = 5;

export function newRecoveryCode(): string {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  // 256 is a multiple of 32, so masking each byte gives every symbol the same chance.
  const symbols = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  bytes.fill(0);
  return symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

/** The canonical form used for key derivation: upper case, look-alikes mapped, separators gone. */
export function normaliseRecoveryCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}
