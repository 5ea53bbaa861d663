import { WEEKDAYS, type PatternInput, type ShiftInput } from '../api/pay.js';
import { addDaysIso, daysBetween } from '../dates.js';
import { weekdayIndex } from './shift-time.js';

/** The shifts a regular weekly pattern gives from one day to another, in date order (each can be edited after). */
export function shiftsFromPattern(p: PatternInput): ShiftInput[] {
  const out: ShiftInput[] = [];
  const days = daysBetween(p.from, p.to);
  for (let i = 0; i <= days; i++) {
    const date = addDaysIso(p.from, i);
    const weekday = WEEKDAYS[weekdayIndex(date)];
    for (const s of p.shifts) {
      if (s.weekday !== weekday) continue;
      out.push({ workerId: p.workerId, date, start: s.start, end: s.end, breakMinutes: s.breakMinutes, kind: s.kind, workedMinutes: s.workedMinutes, note: s.note });
    }
  }
  return out;
}
