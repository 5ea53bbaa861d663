/**
 * How hard a passphrase would be to guess, in words a person can act on.
 * Pure and DOM-free so the renderer can show it live and tests can drive it with tables.
 *
 * We wrote our own small estimate rather than bundling zxcvbn: its dictionaries are
 * megabytes, and the book's real protection is the slow key derivation in the core. This
 * only nudges people towards long, random passphrases ("3 or 4 random words").
 */
import { PASSPHRASE_MIN } from './api/book.js';

export type StrengthLabel = 'Too short' | 'Weak' | 'Fair' | 'Strong' | 'Very strong';

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: StrengthLabel;
  advice: string;
}

/** Passwords and words people pick most often (UK lists); kept short on purpose. */
const COMMON = [
  'password', 'passw0rd', 'qwerty', 'qwertyuiop', 'letmein', 'welcome', 'iloveyou', 'trustno1',
  'monkey', 'dragon', 'football', 'baseball', 'sunshine', 'princess', 'superman', 'batman',
  'liverpool', 'chelsea', 'arsenal', 'manchester', 'everton', 'summer', 'winter', 'spring',
  'autumn', 'admin', 'abc123', 'carebook', 'england', 'london', 'master', 'shadow', 'freedom',
  'whatever', 'cheese', 'computer', 'starwars', 'pokemon', 'secret', 'changeme', 'hello',
  'correcthorsebatterystaple', 'thequickbrownfoxjumpsoverthelazydog', 'iloveyoutoo',
  'opensesame', 'letmeinplease', 'mypassword', 'passwordpassword',
];

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const ADVICE = {
  tooShort: `Use at least ${PASSPHRASE_MIN} characters. 3 or 4 random words are long and easy to remember.`,
  common: 'This is a very common password that others could guess. Use 3 or 4 random words instead.',
  pattern: 'Avoid repeated letters and runs like abc, 123 or qwerty. Use 3 or 4 random words instead.',
  weak: 'Make it longer: add another random word or two.',
  fair: 'Good start. Add another random word to make it stronger.',
  strong: 'This is a strong passphrase.',
  veryStrong: 'This is a very strong passphrase.',
} as const;

const LABELS: StrengthLabel[] = ['Too short', 'Weak', 'Fair', 'Strong', 'Very strong'];

function result(score: Strength['score'], advice: string): Strength {
  return { score, label: LABELS[score]!, advice };
}

/** True when `a` follows `b` in a sequence (abc, 123, qwerty) in either direction. */
function follows(prev: string, ch: string): boolean {
  return SEQUENCES.some((s) => {
    const i = s.indexOf(prev);
    return i >= 0 && (s[i + 1] === ch || (i > 0 && s[i - 1] === ch));
  });
}

/** Length that counts: repeats and sequence steps are worth a quarter of a character. */
function effectiveLength(s: string): number {
  // A whole string that is one short unit repeated ("abcabcabc") is worth one unit plus a little.
  for (let unit = 1; unit <= s.length / 2; unit++) {
    if (s.length % unit === 0 && s.slice(0, unit).repeat(s.length / unit) === s) {
      return effectiveLength(s.slice(0, unit)) + s.length / unit;
    }
  }
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const prev = s[i - 1];
    const ch = s[i]!;
    len += prev !== undefined && (prev === ch || follows(prev, ch)) ? 0.25 : 1;
  }
  return len;
}

function poolSize(p: string): number {
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/\d/.test(p)) pool += 10;
  // Spaces between words add no guessing work on their own; other symbols do.
  if (/[^a-zA-Z\d\s]/.test(p)) pool += 33;
  return Math.max(pool, 10);
}

export function passphraseStrength(p: string): Strength {
  if (p.length < PASSPHRASE_MIN) return result(0, ADVICE.tooShort);

  const lower = p.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  const compact = lower.replace(/[\s\-_.]/g, '');
  // "Summer2024!!" or "password 1234": a common word dressed up with digits and symbols.
  if (COMMON.includes(compact) || COMMON.includes(letters) || COMMON.some((c) => letters === c + c)) {
    return result(1, ADVICE.common);
  }

  const chars = compact.replace(/\s/g, '');
  const eff = effectiveLength(chars);
  if (new Set(chars).size < 5 || eff < chars.length * 0.6) return result(1, ADVICE.pattern);

  const bits = eff * Math.log2(poolSize(p));
  if (bits < 55) return result(1, ADVICE.weak);
  if (bits < 70) return result(2, ADVICE.fair);
  if (bits < 90) return result(3, ADVICE.strong);
  return result(4, ADVICE.veryStrong);
}
