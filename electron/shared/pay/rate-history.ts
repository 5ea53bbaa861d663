import type { PayRate } from '../api/pay.js';

/**
 * A PA's pay rates over time: the rates saved on the Pay tab, and the hourly rate of each
 * version of their written statement (the statement's rate is their first pay rate). On one
 * date a saved pay rate wins over a statement's. A statement's rate keeps the enhancements,
 * sleep-in and other amounts of the pay rate before it, since the statement changes only
 * the hourly rate.
 */
export interface StatementRate {
  id: string;
  workerId: string;
  appliesFrom: string;
  hourlyRatePence: number;
  version: number;
  createdAt: string;
}

const EMPTY = { weekendPence: 0, bankHolidayPence: 0, wakingNightPence: 0, sleepInPence: 0, travelPence: 0, onCallPence: 0, apprenticeSince: '' };

/** Oldest first. */
export function rateHistory(saved: readonly PayRate[], statements: readonly StatementRate[]): PayRate[] {
  const savedDates = new Set(saved.map((r) => r.appliesFrom));
  const fromStatements = statements
    .filter((s) => !savedDates.has(s.appliesFrom))
    .map((s) => ({ statement: s }));
  const all = [...saved.map((rate) => ({ rate })), ...fromStatements].sort((a, b) => {
    const da = 'rate' in a ? a.rate.appliesFrom : a.statement.appliesFrom;
    const db = 'rate' in b ? b.rate.appliesFrom : b.statement.appliesFrom;
    return da < db ? -1 : da > db ? 1 : 0;
  });
  const out: PayRate[] = [];
  let previous: PayRate | null = null;
  for (const item of all) {
    let rate: PayRate;
    if ('rate' in item) rate = item.rate;
    else {
      const s = item.statement;
      const carried = previous ? { weekendPence: previous.weekendPence, bankHolidayPence: previous.bankHolidayPence, wakingNightPence: previous.wakingNightPence, sleepInPence: previous.sleepInPence, travelPence: previous.travelPence, onCallPence: previous.onCallPence, apprenticeSince: previous.apprenticeSince } : EMPTY;
      rate = {
        id: s.id,
        workerId: s.workerId,
        appliesFrom: s.appliesFrom,
        reason: s.version === 1 ? 'starting' : 'annual-review',
        standardPence: s.hourlyRatePence,
        ...carried,
        note: s.version === 1 ? 'From their written statement' : `From version ${s.version} of their written statement`,
        createdAt: s.createdAt,
        from: 'contract',
      };
    }
    out.push(rate);
    previous = rate;
  }
  return out;
}

/** The rate in force on `date` from a history kept oldest first, or null before the first. */
export function rateOnDate<T extends { appliesFrom: string }>(historyOldestFirst: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const r of historyOldestFirst) {
    if (r.appliesFrom <= date) found = r;
    else break;
  }
  return found;
}
