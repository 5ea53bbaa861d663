import { passphrase, passphraseStrength } from '../shared.js';

/**
 * A new passphrase protects a book full of personal data, so the forms refuse one the strength
 * check (electron/shared/passphrase-strength.ts) rates "very common" or weak, saying why and
 * giving an example of three or four unrelated words. The example is picked afresh each time
 * Carebook starts, so no one example becomes everyone's passphrase.
 */
const WORDS = [
  'kettle', 'orbit', 'violin', 'meadow', 'parsnip', 'lantern', 'glacier', 'walrus', 'thimble', 'cobalt',
  'harbour', 'pepper', 'saddle', 'tundra', 'biscuit', 'compass', 'velvet', 'quarry', 'nutmeg', 'hammock',
  'falcon', 'trumpet', 'marble', 'ferry', 'puzzle', 'cactus', 'ribbon', 'anchor', 'jigsaw', 'pebble',
];

export function exampleWords(random: () => number = Math.random): string {
  const pool = [...WORDS];
  const picked: string[] = [];
  for (let i = 0; i < 4; i++) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return picked.join(' ');
}

const EXAMPLE = exampleWords();

/** Why a new passphrase is refused, or null when it is good enough (Fair or better). */
export function passphraseRefusal(p: string, example = EXAMPLE): string | null {
  const s = passphraseStrength(p);
  if (s.score >= 2) return null;
  const instead = `Use 3 or 4 unrelated words instead, for example “${example}” (pick your own)`;
  if (s.label === 'Too short') return null; // the length rule says this, with the number
  if (/very common/.test(s.advice)) return `Your passphrase is a very common password that others could guess. ${instead}`;
  if (/repeated|runs like/.test(s.advice)) return `Your passphrase is a pattern that is easy to guess, like repeated letters or abc, 123 or qwerty. ${instead}`;
  return `Your passphrase is too easy to guess. Make it longer: ${instead.charAt(0).toLowerCase()}${instead.slice(1)}`;
}

/** The core's passphrase rule (length) plus the strength refusal, for every form that sets a new passphrase. */
export const newPassphrase = passphrase.superRefine((p, ctx) => {
  const refusal = passphraseRefusal(p);
  if (refusal) ctx.addIssue({ code: 'custom', message: refusal });
});
