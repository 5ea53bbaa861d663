import { randomInt } from 'node:crypto';
import { passphraseStrength } from '../../shared/passphrase-strength.js';
import { CoreError } from '../errors.js';

/**
 * A book full of personal data needs a passphrase that is hard to guess: one the strength check
 * (electron/shared/passphrase-strength.ts, the same one the form shows live) rates weak or very
 * common is refused, with its reason and an example of a good one. The example is made fresh
 * each time from plain, unrelated words, so no one example becomes everyone's passphrase.
 */
const WORDS = [
  'maple', 'orbit', 'kettle', 'harbour', 'tulip', 'lantern', 'pebble', 'violin', 'meadow', 'copper',
  'saddle', 'glacier', 'parsnip', 'wombat', 'chimney', 'falcon', 'biscuit', 'quarry', 'velvet', 'thistle',
  'anchor', 'crumpet', 'walnut', 'beacon', 'ribbon', 'otter', 'canyon', 'marble', 'spruce', 'cobalt',
];

export function examplePassphrase(): string {
  const chosen = new Set<string>();
  while (chosen.size < 4) chosen.add(WORDS[randomInt(WORDS.length)]!);
  return [...chosen].join(' ');
}

/** The lowest score a passphrase may have ("Fair"). */
export const PASSPHRASE_MIN_SCORE = 2;

/** Refuse a passphrase the strength check calls weak or very common; `field` is the form field it came from. */
export function refuseWeakPassphrase(passphrase: string, field: string): void {
  const strength = passphraseStrength(passphrase);
  if (strength.score >= PASSPHRASE_MIN_SCORE) return;
  const reason = strength.advice.split(/(?<=\.)\s/)[0] ?? strength.advice;
  const message = `Choose a passphrase that is harder to guess. ${reason} Use three or four unrelated words, for example “${examplePassphrase()}”.`;
  throw new CoreError('invalid_input', message, { [field]: message });
}
