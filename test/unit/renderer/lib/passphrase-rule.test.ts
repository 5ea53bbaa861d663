import { describe, expect, test } from 'vitest';
import { exampleWords, newPassphrase, passphraseRefusal } from '../../../../renderer/src/lib/passphrase-rule.js';

const EXAMPLE = 'kettle orbit violin meadow';

describe('a new passphrase the strength check rates weak or very common is refused', () => {
  test.each<[string, RegExp | null]>([
    ['password1234', /^Your passphrase is a very common password that others could guess\. Use 3 or 4 unrelated words instead, for example “kettle orbit violin meadow” \(pick your own\)$/],
    ['Summer2024!!', /very common password/],
    ['abcabcabcabc', /^Your passphrase is a pattern that is easy to guess/],
    ['aaaaaaaaaaaaaaaa', /pattern/],
    ['bluehorse12x', /^Your passphrase is too easy to guess\. Make it longer: use 3 or 4 unrelated words instead/],
    ['short', null], // the length rule refuses it, with the number
    ['maple garden rocket tulip', null],
    ['cobalt walrus thimble', null],
  ])('%s', (p, refusal) => {
    const said = passphraseRefusal(p, EXAMPLE);
    if (refusal === null) expect(said).toBeNull();
    else expect(said).toMatch(refusal);
  });

  test('the schema says the refusal on the passphrase, never the typed words', () => {
    const r = newPassphrase.safeParse('password1234');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/very common password/);
    expect(r.error!.issues[0]!.message).not.toContain('password1234');
    expect(newPassphrase.safeParse('maple garden rocket tulip').success).toBe(true);
  });

  test('the example is four different words, and itself good enough', () => {
    const words = exampleWords(() => 0.5).split(' ');
    expect(new Set(words).size).toBe(4);
    expect(passphraseRefusal(words.join(' '))).toBeNull();
  });
});
