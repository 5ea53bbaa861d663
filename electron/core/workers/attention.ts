import type { AttentionItem, Worker } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { callName } from '../../shared/people/names.js';
import type { Context } from '../area.js';

type Facts = Pick<Worker, 'id' | 'fullName' | 'preferredName' | 'status' | 'startDate' | 'dateOfBirth' | 'niNumber'>;

/** Home items about a PA's own details and where they stand (pure: the provider reads the book). */
export function workerItems(w: Facts, today: string): AttentionItem[] {
  const name = callName(w);
  const items: AttentionItem[] = [];
  if (w.status === 'active') {
    const missing = [!w.dateOfBirth && 'date of birth', !w.niNumber && 'National Insurance number'].filter((m): m is string => !!m);
    if (missing.length) {
      items.push({
        id: `workers.details-missing.${w.id}`,
        area: 'workers',
        urgency: 'missing',
        title: `Add ${name}’s ${missing.join(' and ')}`,
        detail: [
          !w.niNumber && 'Payroll needs their National Insurance number.',
          !w.dateOfBirth && 'Their age decides which minimum wage and pension rules apply.',
        ]
          .filter(Boolean)
          .join(' '),
        action: { label: `Edit ${name}’s details`, to: `/pas/${w.id}` },
      });
    }
  }
  if (w.status === 'applicant' && w.startDate && w.startDate <= today) {
    items.push({
      id: `workers.start-date-passed.${w.id}`,
      area: 'workers',
      urgency: 'due-soon',
      title: `${name} was due to start on ${dateInWords(w.startDate)}`,
      detail: 'If they have started, record that they work for you, so Carebook can keep track of their checks and contract. If they are not starting, record that instead.',
      action: { label: `Update where ${name} stands`, to: `/pas/${w.id}` },
      due: w.startDate,
    });
  }
  return items;
}

export async function workersAttention(ctx: Context): Promise<AttentionItem[]> {
  const rows = await ctx
    .db()
    .selectFrom('worker')
    .select(['id', 'fullName', 'preferredName', 'status', 'startDate', 'dateOfBirth', 'niNumber'])
    .where('status', 'in', ['applicant', 'active'])
    .execute();
  const today = ctx.today();
  return rows.flatMap((w) => workerItems({ ...w, status: w.status as Worker['status'] }, today));
}
