import type { WorkerDetails, WorkerStatus } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';

/** Where a PA stands: the columns a status change writes. */
export interface StatusFacts {
  status: WorkerStatus;
  /** '' for someone who never started (a planned start date is kept while they apply). */
  startDate: string;
  leftOn: string;
  leftReason: string;
}

export type StatusChange =
  | { status: 'applicant' }
  | { status: 'active'; startDate: string }
  | { status: 'left'; leftOn: string; leftReason: string };

/**
 * Someone whose first day is still to come does not work for you yet: they are "starting on …"
 * (kept as applying, with a planned start date) until that day, when Home asks to confirm.
 */
export const NOT_STARTED_YET =
  'Their start date is in the future, so they do not work for you yet. Record them as applying or due to start, with this date, and Carebook will remind you on the day';

/** True when they worked for the employer at some point: active now, or left after starting. */
export function everStarted(w: Pick<StatusFacts, 'status' | 'startDate'>): boolean {
  return w.status === 'active' || (w.status === 'left' && w.startDate !== '');
}

/**
 * The facts after a status change, or field messages saying what to fix. Leaving needs a date
 * that is not before they started. An applicant who is turned down or withdraws is marked
 * left too: their planned start date is cleared, because they never started and their
 * records follow the applicant retention rule.
 */
export function changeStatus(
  current: Pick<StatusFacts, 'status' | 'startDate'>,
  change: StatusChange,
  today: string,
): { facts: StatusFacts } | { errors: Record<string, string> } {
  switch (change.status) {
    case 'applicant':
      return { facts: { status: 'applicant', startDate: current.startDate, leftOn: '', leftReason: '' } };
    case 'active':
      if (change.startDate > today) return { errors: { startDate: NOT_STARTED_YET } };
      return { facts: { status: 'active', startDate: change.startDate, leftOn: '', leftReason: '' } };
    case 'left': {
      if (change.leftOn > today) {
        return { errors: { leftOn: 'Date they left must be today or in the past. If they are leaving soon, record it on their last day or after' } };
      }
      const startDate = everStarted(current) ? current.startDate : '';
      if (startDate && change.leftOn < startDate) {
        return {
          errors: { leftOn: `Date they left must be the same as or after the date they started (${dateInWords(startDate)})` },
        };
      }
      return { facts: { status: 'left', startDate, leftOn: change.leftOn, leftReason: change.leftReason } };
    }
  }
}

/**
 * What is wrong with a PA's details given where they stand, as field → message (empty when
 * nothing is). The zod schema checks each field alone; these need two fields or today.
 */
export function detailsProblems(
  details: Pick<WorkerDetails, 'startDate' | 'dateOfBirth'>,
  facts: Pick<StatusFacts, 'status' | 'leftOn'>,
  today: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (details.dateOfBirth && details.dateOfBirth >= today) problems.dateOfBirth = 'Date of birth must be in the past';
  if (facts.status === 'active' && !details.startDate) {
    problems.startDate = 'Enter the date they started working for you';
  } else if (facts.status === 'active' && details.startDate > today) {
    problems.startDate = NOT_STARTED_YET;
  } else if (facts.status === 'left' && details.startDate && facts.leftOn && details.startDate > facts.leftOn) {
    problems.startDate = `Start date must be the same as or before the date they left (${dateInWords(facts.leftOn)})`;
  }
  return problems;
}
