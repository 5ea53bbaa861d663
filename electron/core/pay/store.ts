import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { PayRate, PayRateTerms, Shift, ShiftKind } from '../../shared/api/index.js';
import type { RateSeries, UserRate } from '../../shared/pay/rate-series.js';
import type { Schema } from '../db/schema.js';
import type { PayRateTable, ShiftTable } from './schema.js';

/** Pay and hours in the book. Money in pence; shifts keep the times typed and the instants they mean. */

export async function readUserRates(db: Kysely<Schema>): Promise<UserRate[]> {
  const rows = await db.selectFrom('payUserRate').selectAll().orderBy('appliesFrom').execute();
  return rows.map((r) => ({ id: r.id, series: r.series as RateSeries, from: r.appliesFrom, amountPence: r.amountPence, source: r.source, addedAt: r.addedAt }));
}

export async function insertUserRate(db: Kysely<Schema>, rate: Omit<UserRate, 'id' | 'addedAt'>, now: Date): Promise<UserRate> {
  const row = { id: randomUUID(), series: rate.series, appliesFrom: rate.from, amountPence: rate.amountPence, source: rate.source, addedAt: now.toISOString() };
  await db.insertInto('payUserRate').values(row).execute();
  return { id: row.id, series: rate.series, from: rate.from, amountPence: rate.amountPence, source: rate.source, addedAt: row.addedAt };
}

function rateFromRow(row: Selectable<PayRateTable>): PayRate {
  return { ...row, reason: row.reason as PayRate['reason'], from: 'pay' };
}

/** Saved pay rates, oldest first. */
export async function readPayRates(db: Kysely<Schema>, workerId: string): Promise<PayRate[]> {
  const rows = await db.selectFrom('payRate').selectAll().where('workerId', '=', workerId).orderBy('appliesFrom').execute();
  return rows.map(rateFromRow);
}

/** Saved pay rates of every PA, oldest first within each. */
export async function readAllPayRates(db: Kysely<Schema>): Promise<Map<string, PayRate[]>> {
  const rows = await db.selectFrom('payRate').selectAll().orderBy('workerId').orderBy('appliesFrom').execute();
  const map = new Map<string, PayRate[]>();
  for (const row of rows) {
    const list = map.get(row.workerId) ?? [];
    list.push(rateFromRow(row));
    map.set(row.workerId, list);
  }
  return map;
}

export async function insertPayRate(db: Kysely<Schema>, terms: PayRateTerms, now: Date): Promise<PayRate> {
  const row: PayRateTable = { id: randomUUID(), ...terms, createdAt: now.toISOString() };
  await db.insertInto('payRate').values(row).execute();
  return rateFromRow(row);
}

function shiftFromRow(row: Selectable<ShiftTable>): Shift {
  const { startTime, endTime, kind, ...rest } = row;
  return { ...rest, start: startTime, end: endTime, kind: kind as ShiftKind };
}

export function shiftRow(shift: Omit<Shift, 'id' | 'createdAt'>, now: Date): ShiftTable {
  const { start, end, ...rest } = shift;
  return { id: randomUUID(), ...rest, startTime: start, endTime: end, createdAt: now.toISOString() };
}

/** One PA's shifts that start on days from `from` to `to`, in time order. */
export async function readShifts(db: Kysely<Schema>, workerId: string, from: string, to: string): Promise<Shift[]> {
  const rows = await db.selectFrom('shift').selectAll().where('workerId', '=', workerId).where('date', '>=', from).where('date', '<=', to).orderBy('startsAt').execute();
  return rows.map(shiftFromRow);
}

export async function readShift(db: Kysely<Schema>, id: string): Promise<Shift | null> {
  const row = await db.selectFrom('shift').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? shiftFromRow(row) : null;
}

/** A PA's shifts that overlap the time from `startsAt` to `endsAt`. */
export async function overlappingShifts(db: Kysely<Schema>, workerId: string, startsAt: string, endsAt: string): Promise<Shift[]> {
  const rows = await db.selectFrom('shift').selectAll().where('workerId', '=', workerId).where('startsAt', '<', endsAt).where('endsAt', '>', startsAt).execute();
  return rows.map(shiftFromRow);
}

/** Every PA's shifts on days from `from` to `to`: only what the summary needs. */
export async function readShiftsBetween(db: Kysely<Schema>, from: string, to: string, workerId?: string) {
  // Thousands of rows for every PA: read in SQL's own names, without the camel-case plugin's
  // rewrite of every row (the summary's main cost).
  const raw = db.withoutPlugins() as unknown as Kysely<{ shift: { worker_id: string; date: string; kind: string; minutes: number; worked_minutes: number } }>;
  let q = raw.selectFrom('shift').select(['worker_id', 'date', 'kind', 'minutes', 'worked_minutes']).where('date', '>=', from).where('date', '<=', to);
  if (workerId) q = q.where('worker_id', '=', workerId);
  return (await q.execute()).map((r) => ({ workerId: r.worker_id, date: r.date, kind: r.kind, minutes: r.minutes, workedMinutes: r.worked_minutes }));
}

/**
 * Shifts in batches: the example's large book holds tens of thousands. The rows are written in
 * SQL's own column names without the camel-case plugin, which otherwise rewrites every column
 * of every row (it took most of the time).
 */
export async function insertShifts(db: Kysely<Schema>, rows: ShiftTable[]): Promise<void> {
  const raw = db.withoutPlugins() as unknown as Kysely<{ shift: Record<string, string | number> }>;
  const snake = rows.map((r) => ({
    id: r.id, worker_id: r.workerId, date: r.date, start_time: r.startTime, end_time: r.endTime, break_minutes: r.breakMinutes, kind: r.kind,
    worked_minutes: r.workedMinutes, note: r.note, starts_at: r.startsAt, ends_at: r.endsAt, minutes: r.minutes, created_at: r.createdAt,
  }));
  // SQLite allows at most 32766 bound values in one statement: 13 columns a row.
  for (let i = 0; i < snake.length; i += 500) await raw.insertInto('shift').values(snake.slice(i, i + 500)).execute();
}

export async function deleteShift(db: Kysely<Schema>, id: string): Promise<void> {
  await db.deleteFrom('shift').where('id', '=', id).execute();
}

/** The day their apprenticeship began, from the pay rate in force on `date` ('' if none). */
export async function readApprenticeSince(db: Kysely<Schema>, workerId: string, date: string): Promise<string> {
  const row = await db.selectFrom('payRate').select('apprenticeSince').where('workerId', '=', workerId).where('appliesFrom', '<=', date).orderBy('appliesFrom', 'desc').limit(1).executeTakeFirst();
  return row?.apprenticeSince ?? '';
}
