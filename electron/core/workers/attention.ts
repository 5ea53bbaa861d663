import type { AttentionItem, Worker } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { callName } from '../../shared/people/names.js';
import { youngWorkerOn } from '../../shared/people/young-workers.js';
import { valueOn } from '../../shared/reference/dated.js';
import { YOUNG_WORKERS } from '../../shared/reference/young-workers.js';
import type { Context } from '../area.js';

type Facts = Pick<Worker, 'id' | 'fullName' | 'preferredName' | 'status' | 'startDate' | 'dateOfBirth' | 'niNumber'>;

/** Home items about a PA's own details and where they stand (pure: the provider reads the book). */
export function workerItems(w: Facts, today: string): AttentionItem[] {
  const name = callName(w);
  const about = { workerId: w.id, workerName: w.fullName };
  const items: AttentionItem[] = [];
  if (w.status === 'active') {
    const missing = [!w.dateOfBirth && 'date of birth', !w.niNumber && 'National Insurance number'].filter((m): m is string => !!m);
    if (missing.length) {
      items.push({
        id: `workers.details-missing.${w.id}`,
        area: 'workers',
        ...about,
        // Payroll must report their NI number, and their age decides the legal minimum wage.
        urgency: 'due-soon',
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
  // A child or young worker now, or on the day they are due to start.
  const young = w.status === 'active' || (w.status === 'applicant' && w.startDate) ? youngWorkerOn(w.dateOfBirth, w.status === 'active' ? today : w.startDate) : null;
  const guides = valueOn(YOUNG_WORKERS, today);
  if (young?.kind === 'child' && guides) {
    items.push({
      id: `workers.child.${w.id}`,
      area: 'workers',
      ...about,
      // Employing a child of school age without the council's work permit is an offence.
      urgency: 'due-soon',
      title: `${name} is ${young.age}: the law limits the work a child can do`,
      detail: `Until ${dateInWords(young.schoolLeavingDate)} they are of school age. They may work only part-time, at set hours (never in school hours, before 7am or after 7pm), and you need a work permit from your council. Read ${guides.childGuide.title}.`,
      action: { label: `See ${name}’s details`, to: `/pas/${w.id}` },
    });
  } else if (young?.kind === 'young' && guides) {
    items.push({
      id: `workers.young-worker.${w.id}`,
      area: 'workers',
      ...about,
      urgency: 'information',
      title: `${name} is ${young.age}: the young-worker rules apply until ${dateInWords(young.turns18On)}`,
      detail: 'Until they are 18 they may work at most 8 hours a day and 40 hours a week, need 12 hours off between working days and a 30-minute break after 4 and a half hours, and should not usually work at night.',
      action: { label: `See ${name}’s details`, to: `/pas/${w.id}` },
    });
  }
  if (w.status === 'applicant' && w.startDate && w.startDate <= today) {
    items.push({
      id: `workers.start-date-passed.${w.id}`,
      area: 'workers',
      ...about,
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
