import { DBS_UPDATE_SERVICE_JOIN_DAYS } from '../reference/employment.js';
import { valueOn } from '../reference/dated.js';
import { addDaysIso } from '../dates.js';

/**
 * How many days before a time-limited permission to work ends Carebook starts reminding the
 * employer to do the follow-up check. Not a legal figure: our choice, long enough to ask the
 * PA for a new share code and book a time, short enough not to nag for months.
 */
export const RTW_FOLLOW_UP_REMINDER_DAYS = 60;

export interface FollowUp {
  /** The last day the follow-up check can be done: the day their permission ends. */
  dueOn: string;
  /** The first day Home reminds the employer. */
  remindFrom: string;
}

/**
 * When a right-to-work check needs following up (REFERENCE §1.3 [11]): with time-limited
 * permission, a new check by the day the permission ends; with unlimited permission, never.
 */
export function rightToWorkFollowUp(check: { permission: string; permissionEndsOn: string }): FollowUp | null {
  if (check.permission !== 'time-limited' || !check.permissionEndsOn) return null;
  return { dueOn: check.permissionEndsOn, remindFrom: addDaysIso(check.permissionEndsOn, -RTW_FOLLOW_UP_REMINDER_DAYS) };
}

/**
 * The last day a DBS certificate can be added to the Update Service: its issue date plus the
 * join window in force then (REFERENCE §1.4 [13]). '' before the Update Service existed.
 */
export function dbsJoinUpdateServiceBy(issuedOn: string): string {
  const days = issuedOn ? valueOn(DBS_UPDATE_SERVICE_JOIN_DAYS, issuedOn) : undefined;
  return days === undefined ? '' : addDaysIso(issuedOn, days);
}
