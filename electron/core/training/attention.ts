import type { AttentionItem } from '../../shared/api/index.js';
import { addDaysIso, dateInWords } from '../../shared/dates.js';
import { callName } from '../../shared/people/names.js';
import { CARE_CERTIFICATE_WEEKS } from '../../shared/reference/training-topics.js';
import type { Context } from '../area.js';
import { cellOf, readTrainingState, type TrainingState } from './matrix.js';
import { readSettings } from './store.js';

/** A list of topic names in a sentence: "Fire safety, Medication and 2 more". */
function names(list: readonly string[]): string {
  if (list.length <= 3) return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  return `${list.slice(0, 2).join(', ')} and ${list.length - 2} more`;
}

/**
 * Home items about training (pure: the provider reads the book). One item per PA for each of
 * expired, running out soon and missing, so a PA with many topics does not fill Home; and the
 * Care Certificate not finished 12 weeks after a PA new this year started.
 */
export function trainingItems(state: TrainingState, today: string, dueWithinDays: number, careCertificateStarted: ReadonlySet<string>): AttentionItem[] {
  const items: AttentionItem[] = [];
  const dueBy = addDaysIso(today, dueWithinDays);
  for (const pa of state.pas) {
    const name = callName({ fullName: pa.name, preferredName: pa.preferredName });
    const at = { area: 'training', workerId: pa.id, workerName: pa.name, urgency: 'good-practice' as const };
    const expired: { name: string; on: string }[] = [];
    const due: { name: string; on: string }[] = [];
    const missing: string[] = [];
    for (const topic of state.topics) {
      const cell = cellOf(state, pa, topic, today, dueBy);
      if (cell.status === 'expired') expired.push({ name: topic.name, on: cell.expiresOn });
      else if (cell.status === 'due') due.push({ name: topic.name, on: cell.expiresOn });
      else if (cell.status === 'missing') missing.push(topic.name);
    }
    const plan = { label: `Plan ${name}’s training`, to: '/training/plan' };
    if (expired.length > 0) {
      const first = expired.map((e) => e.on).sort()[0]!;
      items.push({
        ...at,
        id: `training.expired.${pa.id}`,
        title: expired.length === 1 ? `${name}’s ${expired[0]!.name} training has run out` : `${expired.length} of ${name}’s training topics have run out`,
        detail: `${names(expired.map((e) => e.name))}: the first ran out on ${dateInWords(first)}. Plan a refresher so they can keep doing this part of the job safely.`,
        action: plan,
        due: first,
      });
    }
    if (due.length > 0) {
      const first = due.map((e) => e.on).sort()[0]!;
      items.push({
        ...at,
        id: `training.due.${pa.id}`,
        title: due.length === 1 ? `${name}’s ${due[0]!.name} training runs out on ${dateInWords(first)}` : `${due.length} of ${name}’s training topics run out soon`,
        detail: `${names(due.map((e) => e.name))}, from ${dateInWords(first)}. Book a refresher before then.`,
        action: plan,
        due: first,
      });
    }
    if (missing.length > 0) {
      items.push({
        ...at,
        id: `training.missing.${pa.id}`,
        title: missing.length === 1 ? `${name} has not done ${missing[0]} training` : `${name} has not done ${missing.length} training topics they need`,
        detail: `${names(missing)}. If they did it with another employer, record it with the certificate.`,
        action: { label: `Go to ${name}’s training`, to: `/pas/${pa.id}/training` },
        ...(pa.startDate ? { due: pa.startDate } : {}),
      });
    }
    // The Care Certificate: usually done within about 12 weeks of starting (REFERENCE §3.1). Only
    // for PAs who started in the last year, or who began it: not the long-serving and experienced.
    const twelveWeeks = pa.startDate ? addDaysIso(pa.startDate, CARE_CERTIFICATE_WEEKS * 7) : '';
    const newThisYear = pa.startDate !== '' && pa.startDate >= addDaysIso(today, -365);
    if (pa.careCertCompletedOn === '' && twelveWeeks !== '' && twelveWeeks <= today && (newThisYear || careCertificateStarted.has(pa.id))) {
      items.push({
        ...at,
        id: `training.care-certificate.${pa.id}`,
        title: `${name}’s Care Certificate is not finished`,
        detail: `They started on ${dateInWords(pa.startDate)}, more than ${CARE_CERTIFICATE_WEEKS} weeks ago. Most new PAs finish the Care Certificate within about ${CARE_CERTIFICATE_WEEKS} weeks.`,
        action: { label: `See ${name}’s Care Certificate`, to: `/pas/${pa.id}/training` },
        due: twelveWeeks,
      });
    }
  }
  return items;
}

export async function trainingAttention(ctx: Context): Promise<AttentionItem[]> {
  const db = ctx.db();
  const [state, settings, started] = await Promise.all([
    readTrainingState(db, ctx.today()),
    readSettings(db),
    db.selectFrom('careCertificateStandard').select('workerId').where('status', '!=', 'not-started').distinct().execute(),
  ]);
  return trainingItems(state, ctx.today(), settings.dueWithinDays, new Set(started.map((s) => s.workerId)));
}
