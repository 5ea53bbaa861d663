import { pence } from '../../lib/format.js';
import { belowMinimumWords, realLivingWageWords, type FairPay } from '../../shared.js';
import { WarningText } from '../../ui/index.js';

/**
 * A rate against the legal minimum and the Real Living Wage, in words: "Below the legal
 * minimum" is a warning with its sign and words, never colour alone; the Real Living Wage is
 * information, never "against the law".
 */
export function FairPayNotice({ check, who = 'them' }: { check: FairPay; who?: string }) {
  const below = belowMinimumWords(check);
  const rlw = realLivingWageWords(check);
  return (
    <div className="fair-pay">
      {below ? (
        <WarningText>Below the legal minimum. {below}</WarningText>
      ) : check.status === 'lawful' && check.minimum ? (
        <p className="body">
          <strong>At or above the legal minimum.</strong> The {check.minimum.name}
          {check.minimum.userAdded ? ' (the rate you added)' : ''} for {who} is {pence(check.minimum.ratePence)} an hour.
          {check.minimum.assumedAdult ? ' Carebook assumed they are 21 or over: add their date of birth to check properly.' : ''}
        </p>
      ) : check.status === 'none' ? (
        <p className="body">There is no legal minimum wage for someone of their age (under 16).</p>
      ) : (
        <p className="body">Carebook does not know the legal minimum on that date. Add it in Settings, Rates, to check.</p>
      )}
      {rlw && <p className="body secondary-text">{rlw}</p>}
    </div>
  );
}
