import type { PlanInput, QualificationInput, StandardInput, TrainingRecordInput } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';

/**
 * Records that cannot be true, refused with the field and what to do (pure: field → message).
 * "Today" is the employer's today in England.
 */

const notFuture = (problems: Record<string, string>, field: string, label: string, date: string, today: string) => {
  if (date !== '' && date > today) problems[field] = `${label} must be today or in the past`;
};

export function recordProblems(r: TrainingRecordInput, today: string): Record<string, string> {
  const p: Record<string, string> = {};
  notFuture(p, 'completedOn', 'Date completed', r.completedOn, today);
  if (r.expiresOverride !== '' && r.expiresOverride < r.completedOn) {
    p.expiresOverride = `Expiry date must be on or after the date they completed it (${dateInWords(r.completedOn)})`;
  }
  notFuture(p, 'fundingClaimedOn', 'Date you claimed funding', r.fundingClaimedOn, today);
  notFuture(p, 'fundingPaidOn', 'Date the funding was paid', r.fundingPaidOn, today);
  if (r.fundingPaidOn !== '' && r.fundingClaimedOn === '') p.fundingPaidOn = 'Enter the date you claimed funding before the date it was paid';
  else if (r.fundingPaidOn !== '' && r.fundingPaidOn < r.fundingClaimedOn && !p.fundingPaidOn) {
    p.fundingPaidOn = `Date the funding was paid must be on or after the date you claimed it (${dateInWords(r.fundingClaimedOn)})`;
  }
  if (r.fundingClaimPence > 0 && r.fundingClaimedOn === '') p.fundingClaimedOn = 'Enter the date you claimed funding, or leave the amount claimed as 0';
  if (r.how === 'by-person-supported' && r.otherEmployer !== '') {
    p.how = 'Training given by the person they support is training with you. Choose another way, or clear the other employer';
  }
  return p;
}

export function standardProblems(s: StandardInput, today: string, standards: number): Record<string, string> {
  const p: Record<string, string> = {};
  if (s.standard > standards) p.standard = `The ${s.version} Care Certificate has ${standards} standards. Choose one of them`;
  notFuture(p, 'on', 'Date', s.on, today);
  if (s.status === 'competent' && s.on === '') p.on = 'Enter the date they were assessed competent';
  if (s.status === 'competent' && s.assessor === '') p.assessor = 'Enter who assessed them';
  return p;
}

export function qualificationProblems(q: QualificationInput, today: string): Record<string, string> {
  const p: Record<string, string> = {};
  notFuture(p, 'startedOn', 'Date they started', q.startedOn, today);
  notFuture(p, 'achievedOn', 'Date they achieved it', q.achievedOn, today);
  if (q.status === 'achieved' && q.achievedOn === '') p.achievedOn = 'Enter the date they achieved it';
  if (q.status === 'working-towards' && q.achievedOn !== '') p.achievedOn = 'Clear the date achieved, or choose that they have achieved it';
  if (q.startedOn !== '' && q.achievedOn !== '' && q.achievedOn < q.startedOn && !p.achievedOn) {
    p.achievedOn = `Date they achieved it must be on or after the date they started (${dateInWords(q.startedOn)})`;
  }
  return p;
}

export function planProblems(plan: PlanInput, today: string, isNew: boolean): Record<string, string> {
  return isNew && plan.targetOn < today ? { targetOn: 'Date to do it by must be today or in the future' } : {};
}

/** A Care Certificate done with an earlier employer may predate their start with you: it is portable. */
export function careCertificateProblems(completedOn: string, today: string): Record<string, string> {
  const p: Record<string, string> = {};
  notFuture(p, 'completedOn', 'Date they completed the Care Certificate', completedOn, today);
  return p;
}
