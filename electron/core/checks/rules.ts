import type { DbsInput, InterviewInput, ReferenceInput, RightToWorkInput } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { valueOn } from '../../shared/reference/dated.js';
import { DBS_CERTIFICATE_NUMBER_DIGITS } from '../../shared/reference/dbs.js';

/**
 * Checks that need two fields at once, or today (the schema checks each field alone), as
 * field → message. A record that cannot be true is refused: a check dated in the future (it has
 * not happened yet), permission ending before it was checked, a reference received before it
 * was asked for, a status check before the certificate existed, a certificate number of the
 * wrong shape. Pure, so each boundary is tested with a table.
 */

type Problems = Record<string, string>;

/** Each named date must be today or earlier: a check that has not happened cannot be recorded. */
function notInFuture(dates: Record<string, [label: string, value: string]>, today: string): Problems {
  const problems: Problems = {};
  for (const [field, [label, value]] of Object.entries(dates)) {
    if (value && value > today) problems[field] = `${label} must be today or in the past`;
  }
  return problems;
}

export function rightToWorkProblems(c: Pick<RightToWorkInput, 'permission' | 'permissionEndsOn' | 'checkedOn'>, today: string): Problems {
  const problems = notInFuture({ checkedOn: ['Date of the check', c.checkedOn] }, today);
  if (c.permission === 'time-limited' && c.permissionEndsOn && c.permissionEndsOn < c.checkedOn) {
    problems.permissionEndsOn = 'Date their permission ends must be after the date of the check. If it has already ended, they cannot work for you until it is renewed';
  }
  return problems;
}

/** A certificate number as the book keeps it: the digits only ("0012 3456 7890" → "001234567890"). */
export function normaliseCertificateNumber(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

export function dbsProblems(c: Pick<DbsInput, 'issuedOn' | 'updateServiceJoinedOn' | 'certificateNumber'>, today: string): Problems {
  const problems = notInFuture(
    { issuedOn: ['Date the certificate was issued', c.issuedOn], updateServiceJoinedOn: ['Date they joined the Update Service', c.updateServiceJoinedOn] },
    today,
  );
  if (c.updateServiceJoinedOn && c.updateServiceJoinedOn < c.issuedOn && !problems.updateServiceJoinedOn) {
    problems.updateServiceJoinedOn = `Date they joined the Update Service must be on or after the date the certificate was issued (${dateInWords(c.issuedOn)}). If they joined with their application form before it came, enter the date it was issued`;
  }
  const digits = valueOn(DBS_CERTIFICATE_NUMBER_DIGITS, c.issuedOn);
  const number = normaliseCertificateNumber(c.certificateNumber);
  if (digits !== undefined && number !== '' && !new RegExp(`^\\d{${digits}}$`).test(number)) {
    problems.certificateNumber = `Certificate number must be the ${digits} numbers printed at the top right of the certificate, like 001234567890`;
  }
  return problems;
}

export function referenceProblems(r: Pick<ReferenceInput, 'requestedOn' | 'receivedOn'>, today: string): Problems {
  const problems = notInFuture({ requestedOn: ['Date you asked for the reference', r.requestedOn], receivedOn: ['Date you received it', r.receivedOn] }, today);
  if (r.requestedOn && r.receivedOn && r.receivedOn < r.requestedOn && !problems.receivedOn) {
    problems.receivedOn = 'Date you received it must be the same as or after the date you asked for it';
  }
  return problems;
}

export function interviewProblems(i: Pick<InterviewInput, 'heldOn'>, today: string): Problems {
  return notInFuture({ heldOn: ['Date of the interview', i.heldOn] }, today);
}

export function statusCheckProblems(checkedOn: string, issuedOn: string, today: string): Problems {
  const problems = notInFuture({ checkedOn: ['Date of the status check', checkedOn] }, today);
  if (checkedOn < issuedOn) {
    problems.checkedOn = `Date of the status check must be the same as or after the date the certificate was issued (${dateInWords(issuedOn)})`;
  }
  return problems;
}
