import { addDaysIso, addMonthsIso, daysBetween } from '../../shared/dates.js';
import { shiftSpan, weekdayIndex } from '../../shared/pay/shift-time.js';
import type { ContractVersion } from '../../shared/api/index.js';
import { readVersionsOf } from '../contracts/index.js';
import { idMaker, insertRows, type ExampleBook } from '../example/example-book.js';
import type { PayRateTable, ShiftTable } from './schema.js';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.js';
import { writeCsv } from '../csv/write-csv.js';
import { insertShifts, readShifts } from './store.js';

/**
 * The example book's hours: each PA's shifts on their working days, from their written
 * statement (so every shift is paid at a lawful rate: contracts/example.ts keeps every rate at
 * or over the legal minimum). The small book has the last few months and one sleep-in with a
 * night's allowance (its second PA turns 21 soon: workers/example.ts); the bench's large book has every working day
 * of all ten years, as a tiny agency's rota: calls in the morning and at teatime with the
 * travel between them (about 250,000 shifts: "10 years of shifts for 50 PAs").
 */

interface Visit {
  start: string;
  end: string;
  kind: 'work' | 'travel';
}
const DAY: Visit[] = [{ start: '09:00', end: '14:00', kind: 'work' }];
const EVENING: Visit[] = [{ start: '17:00', end: '21:00', kind: 'work' }];
/**
 * The agency's day: morning calls and teatime calls, each an hour, with the travel between
 * them (which counts as working time); on Fridays the morning run is one call longer.
 */
const run = (calls: [string, string][]): Visit[] =>
  calls.flatMap(([start, end], i) => {
    const next = calls[i + 1];
    return next && next[0] !== end ? [{ start, end, kind: 'work' as const }, { start: end, end: next[0], kind: 'travel' as const }] : [{ start, end, kind: 'work' as const }];
  });
const MORNING: [string, string][] = [['07:30', '08:30'], ['08:45', '09:45'], ['10:00', '11:00']];
const TEATIME: [string, string][] = [['16:30', '17:30'], ['17:45', '18:45']];
const AGENCY: Visit[] = [...run(MORNING), ...run(TEATIME)];
const AGENCY_FRIDAY: Visit[] = [...run([...MORNING, ['11:15', '12:15']]), ...run(TEATIME)];

/**
 * The days of the example, each with its weekday and the instant its midnight would be at the
 * day's noon offset from UTC, worked out once (the clocks change at night and these shifts are
 * in the day, so the offset at noon is theirs); the pay rules themselves use shiftSpan.
 */
function dayTable(from: string, to: string) {
  const days: { date: string; weekday: number; midnight: number }[] = [];
  const first = Date.parse(`${from}T00:00:00Z`);
  for (let i = 0, n = daysBetween(from, to); i <= n; i++) {
    const utc = first + i * 86_400_000;
    const date = new Date(utc).toISOString().slice(0, 10);
    const noon = shiftSpan(date, '12:00', '13:00');
    const offset = noon.ok ? utc + 12 * 3_600_000 - Date.parse(noon.startsAt) : 0;
    days.push({ date, weekday: (new Date(utc).getUTCDay() + 6) % 7, midnight: utc - offset });
  }
  return days;
}

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

export async function fillPay({ db, sqlite, size, today, random, record }: ExampleBook): Promise<void> {
  const id = idMaker(random('pay'));
  const large = size.years >= 10;
  const now = `${today}T09:00:00.000Z`;
  const pas = await db.selectFrom('worker').select(['id', 'fullName', 'startDate', 'leftOn', 'status', 'dateOfBirth']).where('startDate', '!=', '').orderBy('createdAt').execute();
  const versions = await readVersionsOf(db, pas.map((p) => p.id));
  const rows: ShiftTable[] = [];
  const rates: PayRateTable[] = [];

  // Ids from the seeded sequence once, then counted: the same every time, and quick.
  const idBase = id().slice(0, 24);
  let n = 0;
  const nextId = () => `${idBase}${(n++).toString(16).padStart(12, '0')}`;
  const earliest = pas.reduce((m, p) => (p.startDate < m ? p.startDate : m), today);
  const days = dayTable(large ? earliest : addMonthsIso(today, -4), today);
  const dayIndex = new Map(days.map((d, i) => [d.date, i]));
  const add = (workerId: string, day: (typeof days)[number], v: Visit) => {
    const startsAt = day.midnight + minutesOf(v.start) * 60_000;
    const endsAt = day.midnight + minutesOf(v.end) * 60_000;
    rows.push({ id: nextId(), workerId, date: day.date, startTime: v.start, endTime: v.end, breakMinutes: 0, kind: v.kind, workedMinutes: 0, note: '', startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString(), minutes: (endsAt - startsAt) / 60_000, createdAt: `${day.date}T20:00:00.000Z` });
  };

  pas.forEach((pa, i) => {
    const terms = [...(versions.get(pa.id) ?? [])].reverse() as ContractVersion[];
    if (terms.length === 0 || pa.startDate >= today) return;
    const irregular = i % 4 === 3;
    const last = dayIndex.get(addDaysIso(pa.leftOn && pa.leftOn < today ? pa.leftOn : today, -1)) ?? days.length - 1;
    let t: ContractVersion | null = null;
    let next = 0;
    for (let d = dayIndex.get([pa.startDate, days[0]!.date].sort()[1]!) ?? 0; d <= last; d++) {
      const day = days[d]!;
      while (next < terms.length && terms[next]!.appliesFrom <= day.date) t = terms[next++]!;
      if (!t) continue;
      // Regular hours: the first N weekdays; irregular: two evenings a week.
      const works = irregular ? day.weekday === 1 || day.weekday === 4 : day.weekday < Math.max(1, Math.round(t.hoursPerWeek / 5));
      if (!works) continue;
      for (const v of large ? (day.weekday === 4 ? AGENCY_FRIDAY : AGENCY) : irregular ? EVENING : DAY) add(pa.id, day, v);
    }
  });

  if (!large) {
    // One sleep-in last week for the first PA, with the night's allowance on their pay rate.
    const [pa] = pas.filter((p) => p.status === 'active' && (versions.get(p.id)?.length ?? 0) > 0);
    if (pa) {
      const newest = versions.get(pa.id)![0]!;
      const night = addDaysIso(today, -((weekdayIndex(today) + 2) % 7) - 1); // last Saturday before this week
      const span = shiftSpan(night, '22:00', '07:00');
      if (span.ok) {
        rows.push({ id: nextId(), workerId: pa.id, date: night, startTime: '22:00', endTime: '07:00', breakMinutes: 0, kind: 'sleep-in', workedMinutes: 30, note: 'Woke once to help with medication', startsAt: span.startsAt, endsAt: span.endsAt, minutes: span.spanMinutes, createdAt: `${addDaysIso(night, 1)}T09:00:00.000Z` });
      }
      rates.push({ id: id(), workerId: pa.id, appliesFrom: newest.appliesFrom, reason: 'annual-review', standardPence: newest.hourlyRatePence, weekendPence: newest.hourlyRatePence + 100, bankHolidayPence: newest.hourlyRatePence * 2, wakingNightPence: 0, sleepInPence: 5500, travelPence: 0, onCallPence: 0, apprenticeSince: '', note: 'Sleep-ins, weekends and bank holidays added', createdAt: now });
      record({ workerId: pa.id, recordId: rates[0]!.id, kind: 'pay-and-hours', method: 'pay.saveRate', at: now, summary: 'Set their pay: sleep-ins £55.00 a night, weekends and bank holidays enhanced' });
    }
  }
  // Lines in the history for the hours, a month at a time, as a timesheet is entered.
  const months = new Map<string, { workerId: string; count: number; at: string }>();
  for (const s of rows) {
    const key = `${s.workerId}.${s.date.slice(0, 7)}`;
    const m = months.get(key);
    if (m) m.count++;
    else months.set(key, { workerId: s.workerId, count: 1, at: s.createdAt });
  }
  if (!large) for (const m of months.values()) record({ workerId: m.workerId, kind: 'pay-and-hours', method: 'pay.addShift', at: m.at, summary: `Added ${m.count} shifts from their timesheet` });
  // Ids in the order of PA, day and time, so any index or engine lists them alike.
  rows.sort((a, b) => (a.workerId === b.workerId ? (a.startsAt < b.startsAt ? -1 : 1) : a.workerId < b.workerId ? -1 : 1));
  n = 0;
  for (const r of rows) r.id = nextId();
  await insertRows(db, 'payRate', rates);
  await insertShifts(db, rows, sqlite);
}

/** A timesheet CSV of a PA's shifts, as an employer would keep it (day-first dates), for the bench to time the import's preview with. */
export async function exampleTimesheetCsv(db: Kysely<Schema>, workerId: string, from: string, to: string): Promise<string> {
  const shifts = await readShifts(db, workerId, from, to);
  const dayFirst = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  return writeCsv(['Date', 'Start', 'End', 'Break (minutes)', 'Kind'], shifts.map((s) => [dayFirst(s.date), s.start, s.end, s.breakMinutes, s.kind]));
}
