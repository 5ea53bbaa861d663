import type { AttentionItem, PeriodSummary, WorkerPay } from '../../shared/api/index.js';
import { addDaysIso, dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { aprilWithNoKnownMinimum } from '../../shared/pay/fair-pay.js';
import { gapWords } from '../../shared/pay/fair-pay-words.js';
import type { Context } from '../area.js';
import { periodFor, readAllPaFacts } from './pay-facts.js';
import { summariesOf } from './period-handlers.js';
import { payToday, wageAreaOf } from './rate-handlers.js';
import { readUserRates } from './store.js';

const payTab = (workerId: string) => `/pas/${workerId}/pay`;
const perYear = (p: number | null) => (p ? ` (about ${pence(p)} a year)` : '');

/** Items about one PA's rate today and ahead (pure). */
export function rateItems(pa: { id: string; fullName: string }, pay: Pick<WorkerPay, 'today' | 'coming'>): AttentionItem[] {
  const items: AttentionItem[] = [];
  const about = { area: 'pay', workerId: pa.id, workerName: pa.fullName };
  const check = pay.today?.check;
  if (check?.status === 'under' && check.minimum) {
    items.push({
      ...about,
      id: `pay.under-minimum.${pa.id}`,
      urgency: 'unlawful',
      title: `Below the legal minimum: ${pa.fullName} is paid ${pence(check.ratePence)} an hour`,
      detail: `The ${check.minimum.name} is ${pence(check.minimum.ratePence)} an hour for them. Raise their pay by at least ${gapWords(check.minimum.gapPence)} an hour${perYear(check.minimum.gapPerYearPence)}, and pay what they are owed.`,
      action: { label: `Change ${pa.fullName}’s pay`, to: payTab(pa.id) },
    });
  }
  for (const c of pay.coming) {
    items.push({
      ...about,
      id: `pay.coming.${c.why}.${c.on}.${pa.id}`,
      urgency: 'due-soon',
      title: c.why === 'birthday' ? `${pa.fullName} turns ${c.age} on ${dateInWords(c.on)}: their pay will be below the legal minimum` : `From ${dateInWords(c.on)} ${pa.fullName}’s pay will be below the legal minimum`,
      detail: `From then the ${c.minimum.name} for them is ${pence(c.minimum.ratePence)} an hour; they are paid ${pence(pay.today!.rate.standardPence)}. Raise it from the first pay period that starts on or after ${dateInWords(c.on)}.`,
      action: { label: `Change ${pa.fullName}’s pay`, to: payTab(pa.id) },
      due: c.on,
    });
  }
  const rlw = check?.realLivingWage;
  if (check && check.status === 'lawful' && rlw && rlw.gapPence > 0) {
    items.push({
      ...about,
      id: `pay.under-rlw.${pa.id}`,
      urgency: 'information',
      title: `${pa.fullName} is paid ${gapWords(rlw.gapPence)} an hour under the Real Living Wage`,
      detail: `Their pay is lawful. The ${rlw.name}, which employers may choose to pay, is ${pence(rlw.ratePence)}${rlw.mayBeOutOfDate ? ' (a newer figure may have been announced)' : ''}.`,
      action: { label: `See ${pa.fullName}’s pay`, to: payTab(pa.id) },
    });
  }
  return items;
}

/** Items about one pay period that has ended (pure). */
export function periodItems(p: PeriodSummary): AttentionItem[] {
  const about = { area: 'pay', workerId: p.workerId, workerName: p.fullName };
  const to = `/pay/${p.start}`;
  return p.problems.flatMap((problem): AttentionItem[] => {
    if (problem.kind === 'under-minimum')
      return [{ ...about, id: `pay.period-under-minimum.${p.workerId}.${p.start}`, urgency: 'unlawful', title: `Below the legal minimum: ${p.fullName}’s pay from ${dateInWords(p.start)} to ${dateInWords(p.end)}`, detail: problem.text, action: { label: 'See the pay period', to }, due: p.end }];
    if (problem.kind === 'no-shifts')
      return [{ ...about, id: `pay.no-timesheet.${p.workerId}.${p.start}`, urgency: 'due-soon', title: `No timesheet for ${p.fullName} from ${dateInWords(p.start)} to ${dateInWords(p.end)}`, detail: 'You must keep a record of the hours they work and what you pay for them, to show they get at least the legal minimum.', action: { label: `Add ${p.fullName}’s hours`, to: `/pas/${p.workerId}/hours` }, due: p.end }];
    return [];
  });
}

/** Home: rates under the minimum now or soon, a past period under it or with no timesheet, a new April with no known rate. */
export async function payAttention(ctx: Context): Promise<AttentionItem[]> {
  const today = ctx.today();
  const items: AttentionItem[] = [];
  const april = aprilWithNoKnownMinimum(today, await readUserRates(ctx.db()));
  if (april) {
    items.push({
      id: `pay.april-unknown.${april}`,
      area: 'pay',
      urgency: 'due-soon',
      title: `A new legal minimum wage usually starts on ${dateInWords(april)}, and Carebook does not know it`,
      detail: 'Look up the new rates on GOV.UK (search for "National Minimum Wage rates") and add them in Settings, Rates, so Carebook can check your PAs’ pay.',
      action: { label: 'Add the new rates', to: '/settings/rates' },
      due: april,
    });
  }
  const pas = (await readAllPaFacts(ctx.db(), today)).filter((f) => f.status === 'active');
  const user = await readUserRates(ctx.db());
  const wageArea = await wageAreaOf(ctx);
  for (const f of pas) items.push(...rateItems({ id: f.workerId, fullName: f.fullName }, payToday(f, wageArea, user, today)));
  // The period each PA finished last: all read with one look at the shifts.
  const finished = pas.map((f) => ({ f, period: periodFor(f, addDaysIso(periodFor(f, today).start, -1)) }));
  for (const p of await summariesOf(ctx, finished)) items.push(...periodItems(p));
  return items;
}
