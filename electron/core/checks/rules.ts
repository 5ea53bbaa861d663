import type { ReferenceInput, RightToWorkInput } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';

/**
 * Checks that need two fields at once (the schema checks each alone), as field → message.
 * Dates the employer cannot have meant: permission ending before it was checked, a reference
 * received before it was asked for, a status check before the certificate existed.
 */
export function rightToWorkProblems(c: Pick<RightToWorkInput, 'permission' | 'permissionEndsOn' | 'checkedOn'>): Record<string, string> {
  if (c.permission === 'time-limited' && c.permissionEndsOn && c.permissionEndsOn < c.checkedOn) {
    return { permissionEndsOn: 'Date their permission ends must be after the date of the check. If it has already ended, they cannot work for you until it is renewed' };
  }
  return {};
}

export function referenceProblems(r: Pick<ReferenceInput, 'requestedOn' | 'receivedOn'>): Record<string, string> {
  if (r.requestedOn && r.receivedOn && r.receivedOn < r.requestedOn) {
    return { receivedOn: 'Date you received it must be the same as or after the date you asked for it' };
  }
  return {};
}

export function statusCheckProblems(checkedOn: string, issuedOn: string): Record<string, string> {
  if (checkedOn < issuedOn) {
    return { checkedOn: `Date of the status check must be the same as or after the date the certificate was issued (${dateInWords(issuedOn)})` };
  }
  return {};
}
