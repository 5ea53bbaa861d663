import { addDaysIso } from '../dates.js';

/**
 * When training runs out and what state each PA's topic is in: pure rules, shared by the core
 * (the matrix, the plan, Home) and the pages.
 *
 * Expiry follows ASC-WDS (REFERENCE §6.5, VALIDITY): training done on `completedOn` with a
 * refresher every N months is good until `completedOn + N months − 1 day`, its last valid day.
 * So training expiring today is still valid today ("due"), and expired from tomorrow.
 */

/** The last day training is valid: the override when given, else from the interval; '' when it never expires. */
export function expiresOn(completedOn: string, intervalMonths: number | null, override = ''): string {
  if (override !== '') return override;
  if (intervalMonths === null || intervalMonths <= 0) return '';
  return monthsOnLessADay(completedOn, intervalMonths);
}

/**
 * `date` + `months` − 1 day, with date-fns's month-end rule (31 August + 6 months is 28
 * February), in integer arithmetic without even a Date: the matrix and Home work this out for
 * thousands of cells, and date-fns's parse-add-format round trip was most of their time. test/unit/shared/training
 * checks it against dates.ts (addMonthsIso, addDaysIso) day by day.
 */
function monthsOnLessADay(date: string, months: number): string {
  const m = Number(date.slice(5, 7)) - 1 + months;
  let year = Number(date.slice(0, 4)) + Math.floor(m / 12);
  let month = ((m % 12) + 12) % 12; // 0 for January
  let day = Math.min(Number(date.slice(8, 10)), daysIn(year, month)) - 1;
  if (day === 0) {
    // The day before the 1st: the last day of the month before.
    month -= 1;
    if (month < 0) [year, month] = [year - 1, 11];
    day = daysIn(year, month);
  }
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month]!;
}

/** Why a PA might need a topic: the facts `needsTopic` weighs. */
export interface NeedFacts {
  /** The employer still uses the topic. */
  inUse: boolean;
  forEveryone: boolean;
  /** Their job role needs it. */
  forTheirRole: boolean;
  /** Chosen for them on their own (epilepsy medication for the person they support). */
  forThemAlone: boolean;
  /** The employer said this PA does not need it, with a reason (they never drive). */
  excused: boolean;
}

/**
 * Whether a PA needs a topic. Being excused wins over everyone and their role: that is what it
 * is for. (Choosing a topic for a PA on their own ends their excusal, so the two never meet.)
 */
export function needsTopic({ inUse, forEveryone, forTheirRole, forThemAlone, excused }: NeedFacts): boolean {
  if (!inUse || excused) return false;
  return forEveryone || forTheirRole || forThemAlone;
}

export const TRAINING_STATUSES = ['expired', 'missing', 'due', 'valid', 'not-required'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export interface StatusFacts {
  /** Whether this PA needs this topic. */
  required: boolean;
  /** The last day their latest training in it is valid ('' never expires); null when they have none. */
  latestExpiresOn: string | null;
  today: string;
  /** How many days ahead counts as "due soon". */
  dueWithinDays: number;
}

/**
 * A PA's status for one topic. A topic they do not need is "not required" whatever they hold
 * (the matrix still shows the training); one they need and have never done is "missing".
 */
export function trainingStatus({ required, latestExpiresOn, today, dueWithinDays }: StatusFacts): TrainingStatus {
  return statusBy(required, latestExpiresOn, today, addDaysIso(today, dueWithinDays));
}

/** The same, with the last day that counts as "due soon" worked out once (for a whole matrix): ISO dates compare as text. */
export function statusBy(required: boolean, latestExpiresOn: string | null, today: string, dueBy: string): TrainingStatus {
  if (!required) return 'not-required';
  if (latestExpiresOn === null) return 'missing';
  if (latestExpiresOn === '') return 'valid';
  if (latestExpiresOn < today) return 'expired';
  if (latestExpiresOn <= dueBy) return 'due';
  return 'valid';
}

/** Each status in words and with a symbol, so it never rests on colour alone. */
export const STATUS_WORDS: Readonly<Record<TrainingStatus, { symbol: string; words: string }>> = {
  valid: { symbol: '✓', words: 'Valid' },
  due: { symbol: '!', words: 'Due soon' },
  expired: { symbol: '✗', words: 'Expired' },
  missing: { symbol: '○', words: 'Missing' },
  'not-required': { symbol: '–', words: 'Not required' },
};

/** "✗ Expired" */
export const statusLabel = (status: TrainingStatus) => `${STATUS_WORDS[status].symbol} ${STATUS_WORDS[status].words}`;
