import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { PayRate, PayRateTerms, Shift, ShiftKind } from '../../shared/api/index.js';
import type { RateSeries, UserRate } from '../../shared/pay/rate-series.js';
import type { Schema } from '../db/schema.js';
import type { Sqlite } from '../db/open.js';
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
  let q = raw.selectFrom('shift').select(['worker_id as workerId', 'date', 'kind', 'minutes', 'worked_minutes as workedMinutes']).where('date', '>=', from).where('date', '<=', to);
  if (workerId) q = q.where('worker_id', '=', workerId);
  return await q.execute();
}

/**
 * Many shifts at once (the example books; the large one holds about 250,000): through `sqlite`,
 * the same connection's own handle, one prepared statement; otherwise in batches, in SQL's own
 * column names without the camel-case plugin, which would rewrite every column of every row.
 */
export async function insertShifts(db: Kysely<Schema>, rows: ShiftTable[], sqlite?: Sqlite): Promise<void> {
  const columns = ['id', 'worker_id', 'date', 'start_time', 'end_time', 'break_minutes', 'kind', 'worked_minutes', 'note', 'starts_at', 'ends_at', 'minutes', 'created_at'];
  const values = (r: ShiftTable) => [r.id, r.workerId, r.date, r.startTime, r.endTime, r.breakMinutes, r.kind, r.workedMinutes, r.note, r.startsAt, r.endsAt, r.minutes, r.createdAt];
  if (sqlite) {
    const insert = sqlite.prepare(`insert into shift (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    const cache = sqlite.pragma('cache_size', { simple: true });
    // 128 MB of cache while the rows go in, so each page of the by-date index is decrypted once,
    // not again for every PA's decade (the fill took three times as long with the usual cache).
    sqlite.pragma('cache_size = -131072');
    try {
      for (const r of rows) insert.run(values(r));
    } finally {
      sqlite.pragma(`cache_size = ${Number(cache)}`);
    }
    return;
  }
  const raw = db.withoutPlugins() as unknown as Kysely<{ shift: Record<string, string | number> }>;
  const snake = rows.map((r) => Object.fromEntries(values(r).map((v, i) => [columns[i]!, v])));
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
