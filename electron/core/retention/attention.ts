import type { AttentionItem, RetentionRow, Worker } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { callName } from '../../shared/people/names.js';
import type { Context } from '../area.js';
import { kindLabels } from './labels.js';
import { retentionRows } from './rules.js';
import { countsOf } from './store.js';

/**
 * One Home item per PA who has left and has records past their keeping time. Good practice,
 * not a legal deadline: the periods are the least time to keep records (and for HR files only
 * common practice), not a date by which the law says to delete, so this is tidying to do, never
 * more pressing than a missing check for someone working for you now.
 */
export function retentionItem(
  w: Pick<Worker, 'id' | 'fullName' | 'preferredName' | 'leftOn'>,
  rows: RetentionRow[],
): AttentionItem | null {
  const ready = rows.filter((r) => r.mayDeleteNow && r.count > 0);
  if (ready.length === 0) return null;
  const name = callName(w);
  // "Right-to-work checks" → "right-to-work checks", but "DBS checks" stays as it is.
  const what = ready.map((r) => (/^[A-Z][a-z]/.test(r.label) ? r.label.charAt(0).toLowerCase() + r.label.slice(1) : r.label));
  return {
    id: `retention.may-delete.${w.id}`,
    area: 'retention',
    workerId: w.id,
    workerName: w.fullName,
    urgency: 'good-practice',
    title: `You can now delete records about ${name}`,
    detail: `${name} left on ${dateInWords(w.leftOn)}. You no longer need to keep ${listInWords(what)}. Data protection law says not to keep personal records for longer than you need them.`,
    action: { label: `Review ${name}’s records`, to: `/pas/${w.id}/records` },
    due: ready.map((r) => r.mayDeleteFrom).sort()[0]!,
  };
}

export async function retentionAttention(ctx: Context): Promise<AttentionItem[]> {
  const db = ctx.db();
  const left = await db
    .selectFrom('worker')
    .select(['id', 'fullName', 'preferredName', 'status', 'startDate', 'leftOn'])
    .where('status', '=', 'left')
    .execute();
  if (left.length === 0) return [];
  const counts = await countsOf(db, ctx.registry, left.map((w) => w.id), 'any');
  const today = ctx.today();
  const labels = kindLabels(ctx);
  return left.flatMap((w) => {
    const rows = retentionRows({ ...w, status: 'left' }, counts.get(w.id)!, today, labels);
    const item = retentionItem(w, rows);
    return item ? [item] : [];
  });
}

function listInWords(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
