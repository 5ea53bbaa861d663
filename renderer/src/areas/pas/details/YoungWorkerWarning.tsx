import { dateInWords, today } from '../../../lib/format.js';
import { valueOn, YOUNG_WORKERS, youngWorkerOn } from '../../../shared.js';
import { WarningText } from '../../../ui/index.js';

/**
 * A warning beside a date of birth that makes the PA a child (under school leaving age) or a
 * young worker (under 18) on the day they start, or today if they already work. It warns and
 * lets the employer go on: employing them is allowed, within limits.
 */
export function YoungWorkerWarning({ dateOfBirth, startDate }: { dateOfBirth: string | undefined; startDate: string | undefined }) {
  const now = today();
  const on = startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && startDate > now ? startDate : now;
  const young = dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) && dateOfBirth < now ? youngWorkerOn(dateOfBirth, on) : null;
  const guides = valueOn(YOUNG_WORKERS, now);
  if (!young || !guides) return null;
  const when = on === now ? 'today' : 'on their start date';
  if (young.kind === 'child') {
    return (
      <div className="young-worker" role="status">
        <WarningText>
          They are {young.age} {when}, so the law on child employment applies until {dateInWords(young.schoolLeavingDate)}. A child may work
          only part-time, never in school hours, before 7am or after 7pm, and you need a work permit from your council. Read{' '}
          {guides.childGuide.title} ({guides.childGuide.url}) before they start. You can still save.
        </WarningText>
      </div>
    );
  }
  return (
    <div className="young-worker inset-text" role="status">
      <p className="body">
        They are {young.age} {when}, so the young-worker rules apply until {dateInWords(young.turns18On)}: at most 8 hours a day and 40 a
        week, 12 hours off between working days, a 30-minute break after 4 and a half hours, and usually no night work. Read{' '}
        {guides.youngWorkerGuide.title} ({guides.youngWorkerGuide.url}).
      </p>
    </div>
  );
}
