import type { Kysely } from 'kysely';
import type { HistoryChange, HistoryLine, RecordKind } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';
import type { NewHistoryLine } from './line.js';

/** A line with when and how it was made, ready to store. */
export type StoredLine = NewHistoryLine & { at: string; area: string; method: string };

/** Add lines to the history, in the order given (their ids grow in that order). */
export async function insertLines(db: Kysely<Schema>, lines: readonly StoredLine[]): Promise<void> {
  const rows = lines.map((l) => ({
    at: l.at,
    area: l.area,
    method: l.method,
    workerId: l.workerId ?? null,
    recordId: l.recordId ?? '',
    kind: l.kind ?? '',
    summary: l.summary,
    changes: JSON.stringify(l.changes ?? []),
  }));
  // Batches keep each statement well under SQLite's limit on bound values.
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('historyLine').values(rows.slice(i, i + 100)).execute();
}

function parseChanges(json: string): HistoryChange[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as HistoryChange[]) : [];
  } catch {
    return []; // a damaged line still shows its summary
  }
}

export interface LineFilter {
  workerId?: string;
  area: string;
  before?: number;
  limit: number;
}

/**
 * Lines newest first, one page at a time, with the PA's name as it is now. Uses the
 * (worker_id, id) and (area, id) indexes; one line more than asked says whether more remain.
 */
export async function readLines(
  db: Kysely<Schema>,
  { workerId, area, before, limit }: LineFilter,
  labelOf: (area: string) => string,
): Promise<{ lines: HistoryLine[]; more: boolean }> {
  let query = db
    .selectFrom('historyLine')
    .leftJoin('worker', 'worker.id', 'historyLine.workerId')
    .select([
      'historyLine.id',
      'historyLine.at',
      'historyLine.area',
      'historyLine.method',
      'historyLine.workerId',
      'historyLine.recordId',
      'historyLine.summary',
      'historyLine.changes',
      'worker.fullName',
    ]);
  if (workerId) query = query.where('historyLine.workerId', '=', workerId);
  if (area) query = query.where('historyLine.area', '=', area);
  if (before !== undefined) query = query.where('historyLine.id', '<', before);
  const rows = await query.orderBy('historyLine.id', 'desc').limit(limit + 1).execute();
  return {
    more: rows.length > limit,
    lines: rows.slice(0, limit).map((r) => ({
      id: r.id,
      at: r.at,
      area: r.area,
      areaLabel: labelOf(r.area),
      method: r.method,
      workerId: r.workerId ?? '',
      workerName: r.fullName ?? '',
      recordId: r.recordId,
      summary: r.summary,
      changes: parseChanges(r.changes),
    })),
  };
}

/**
 * Delete a PA's lines about one kind of record (when that kind is deleted once its time is up).
 * Lines about a deleted PA go with them through the foreign key.
 */
export async function forgetLines(db: Kysely<Schema>, workerId: string, kinds: readonly RecordKind[]): Promise<number> {
  if (kinds.length === 0) return 0;
  const result = await db.deleteFrom('historyLine').where('workerId', '=', workerId).where('kind', 'in', kinds).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How big the history is: lines, and the bytes of their words. */
export async function historySize(db: Kysely<Schema>): Promise<{ lines: number; bytes: number }> {
  const rows = await db.selectFrom('historyLine').select(['summary', 'changes']).execute();
  return { lines: rows.length, bytes: rows.reduce((n, r) => n + Buffer.byteLength(r.summary) + Buffer.byteLength(r.changes), 0) };
}
