import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../electron/shared/passphrase-strength.js';

describe('passphraseStrength', () => {
  it.each([
    // [passphrase, label, advice mentions]
    ['', 'Too short', 'at least 12'],
    ['short', 'Too short', 'at least 12'],
    ['Tr0ub4dor&3', 'Too short', 'at least 12'],
    ['password1234', 'Weak', 'very common'],
    ['Summer2024!!', 'Weak', 'very common'],
    ['pass word pass word', 'Weak', 'very common'],
    ['correct horse battery staple', 'Weak', 'very common'],
    ['aaaaaaaaaaaaaaaa', 'Weak', 'repeated'],
    ['abcdefghijklmnop', 'Weak', 'repeated'],
    ['qwertyuiopasdf', 'Weak', 'repeated'],
    ['abcabcabcabcabc', 'Weak', 'repeated'],
    ['123456789012', 'Weak', 'repeated'],
    ['hollyhock ok', 'Weak', 'longer'],
    ['Maplegardens', 'Fair', 'Add another'],
    ['maple garden rocket', 'Strong', 'strong passphrase'],
    ['Maple garden rocket', 'Very strong', 'very strong'],
    ['maple garden rocket tulip', 'Very strong', 'very strong'],
    ['kettle 7 Bramble! ferry', 'Very strong', 'very strong'],
  ])('%j is %s', (p, label, advice) => {
    const s = passphraseStrength(p);
    expect(s.label).toBe(label);
    expect(s.advice).toContain(advice);
  });

  it('scores rise with the label', () => {
    const labels = ['Too short', 'Weak', 'Fair', 'Strong', 'Very strong'];
    for (const p of ['x', 'password1234', 'Maplegardens', 'maple garden rocket', 'maple garden rocket tulip']) {
      const s = passphraseStrength(p);
      expect(labels[s.score]).toBe(s.label);
    }
  });

  it('never says a passphrase below the minimum length is acceptable', () => {
    for (let n = 0; n < 12; n++) expect(passphraseStrength('Zq9!'.repeat(3).slice(0, n)).score).toBe(0);
  });
});
