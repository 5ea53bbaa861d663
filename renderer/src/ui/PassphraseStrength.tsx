import { passphraseStrength } from '../shared.js';

/**
 * Live feedback on a new passphrase, in words first: the label and advice are text, the bar
 * only repeats them. Read politely by screen readers when the label changes.
 */
export function PassphraseStrength({ value }: { value: string }) {
  if (!value) return <p className="hint strength-empty">Use 3 or 4 random words, with spaces between them if you like.</p>;
  const s = passphraseStrength(value);
  return (
    <div className={`strength strength--${s.score}`} aria-live="polite">
      <div className="strength__bar" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={n <= s.score ? 'strength__step strength__step--on' : 'strength__step'} />
        ))}
      </div>
      <p className="body strength__text">
        <strong>Strength: {s.label}.</strong> {s.advice}
      </p>
    </div>
  );
}
