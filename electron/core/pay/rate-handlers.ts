import { payRateSchema, PAY_RATE_REASONS, type PayRate, type WorkerPay } from '../../shared/api/index.js';
import { addDaysIso, dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { birthdayAt } from '../../shared/pay/age-band.js';
import { comingShortfalls, fairPay, legalMinimum, type WageArea } from '../../shared/pay/fair-pay.js';
import { RATE_SERIES, seriesRows, rateOn, type UserRate } from '../../shared/pay/rate-series.js';
import { rateOnDate } from '../../shared/pay/rate-history.js';
import type { AreaHandlers, Context } from '../area.js';
import { readEmployer } from '../employer/index.js';
import { fieldError } from '../errors.js';
import { changesBetween } from '../history/index.js';
import { readWorker } from '../workers/index.js';
import { personOn, readPaFacts, type PaPayFacts } from './pay-facts.js';
import { insertPayRate, readUserRates } from './store.js';

/** How far ahead Home and the Pay tab warn of a birthday or an April that takes a rate under the minimum. */
export const WARN_AHEAD_DAYS = 60;

export const REASON_WORDS: Record<(typeof PAY_RATE_REASONS)[number], string> = {
  starting: 'starting rate',
  'annual-review': 'annual review',
  progression: 'progression',
  'new-duties': 'new duties',
  correction: 'correction',
};

/** Weekly hours from the terms in force on a date (0 when irregular). */
function hoursOn(f: PaPayFacts, date: string): number {
  return rateOnDate(f.versions, date)?.hoursPerWeek ?? 0;
}

export async function wageAreaOf(ctx: Context): Promise<WageArea> {
  return (await readEmployer(ctx.db()))?.wageArea ?? null;
}

/** The chart's lines: the legal minimum for them, the Real Living Wage and their rate, at every date one changes. */
function chartLines(f: PaPayFacts, wageArea: WageArea, user: readonly UserRate[], today: string): WorkerPay['lines'] {
  const first = f.rates[0]?.appliesFrom;
  if (!first) return [];
  const until = addDaysIso(today, 365);
  // To a year ahead, so a coming April or birthday shows.
  const dates = new Set<string>([first, today, until]);
  for (const r of f.rates) dates.add(r.appliesFrom);
  for (const s of RATE_SERIES) for (const row of seriesRows(s, user)) dates.add(row.from);
  if (f.dateOfBirth) for (const age of [16, 18, 19, 21]) dates.add(birthdayAt(f.dateOfBirth, age));
  const rlw = wageArea === 'london' ? 'rlw-london' : 'rlw-uk';
  return [...dates]
    .filter((d) => d >= first && d <= until)
    .sort()
    .map((date) => {
      const min = legalMinimum(personOn(f, date), date, user);
      return {
        date,
        minimumPence: 'ratePence' in min ? min.ratePence : null,
        realLivingWagePence: rateOn(rlw, date, user)?.amountPence ?? null,
        ratePence: rateOnDate(f.rates, date)?.standardPence ?? null,
      };
    });
}

/** Today's rate checked, and what is coming: all Home needs, with the book-wide facts read once by the caller. */
export function payToday(f: PaPayFacts, wageArea: WageArea, user: readonly UserRate[], today: string): Pick<WorkerPay, 'today' | 'coming'> {
  const current = rateOnDate(f.rates, today);
  if (!current) return { today: null, coming: [] };
  const person = personOn(f, today);
  return {
    today: { rate: current, check: fairPay({ ratePence: current.standardPence, date: today, person, wageArea, hoursPerWeek: hoursOn(f, today), userRates: user, today }) },
    // A rate already saved from that day (a rise agreed ahead) settles it.
    coming: f.status === 'left' ? [] : comingShortfalls(person, current.standardPence, today, WARN_AHEAD_DAYS, user).filter((c) => (rateOnDate(f.rates, c.on)?.standardPence ?? 0) < c.minimum.ratePence),
  };
}

export async function workerPay(ctx: Context, f: PaPayFacts): Promise<WorkerPay> {
  const today = ctx.today();
  const user = await readUserRates(ctx.db());
  const wageArea = await wageAreaOf(ctx);
  const check = (rate: PayRate, date: string) =>
    fairPay({ ratePence: rate.standardPence, date, person: personOn(f, date), wageArea, hoursPerWeek: hoursOn(f, date), userRates: user, today });
  const current = rateOnDate(f.rates, today);
  return {
    rates: f.rates.map((r) => ({ ...r, check: check(r, r.appliesFrom) })).reverse(),
    today: current ? { rate: current, check: check(current, today) } : null,
    // A rate already saved from that day (a rise agreed ahead) settles it.
    coming: current && f.status !== 'left' ? comingShortfalls(personOn(f, today), current.standardPence, today, WARN_AHEAD_DAYS, user).filter((c) => (rateOnDate(f.rates, c.on)?.standardPence ?? 0) < c.minimum.ratePence) : [],
    lines: chartLines(f, wageArea, user, today),
    wageArea,
  };
}

async function factsOf(ctx: Context, workerId: string): Promise<PaPayFacts> {
  await readWorker(ctx.db(), workerId); // refuses a PA who is not in the book
  return (await readPaFacts(ctx.db(), workerId))!;
}

const RATE_WORDS = {
  skip: ['workerId', 'appliesFrom', 'reason', 'note', 'apprenticeSince'],
  values: Object.fromEntries(['standardPence', 'weekendPence', 'bankHolidayPence', 'wakingNightPence', 'sleepInPence', 'travelPence', 'onCallPence'].map((k) => [k, (v: unknown) => pence(Number(v))])),
};

export const rateHandlers: AreaHandlers<'pay.rates' | 'pay.saveRate' | 'pay.checkRate'> = {
  'pay.rates': async (ctx, { workerId }) => workerPay(ctx, await factsOf(ctx, workerId)),

  'pay.checkRate': async (ctx, { workerId, ratePence, date, hoursPerWeek }) => {
    const f = await factsOf(ctx, workerId);
    return fairPay({ ratePence, date, person: personOn(f, date), wageArea: await wageAreaOf(ctx), hoursPerWeek, userRates: await readUserRates(ctx.db()), today: ctx.today() });
  },

  'pay.saveRate': async (ctx, terms) => {
    const db = ctx.db();
    const f = await factsOf(ctx, terms.workerId);
    if (f.startDate && terms.appliesFrom < f.startDate) {
      throw fieldError({ appliesFrom: `The date this rate starts must be on or after their start date, ${dateInWords(f.startDate)}` });
    }
    if (f.rates.some((r) => r.from === 'pay' && r.appliesFrom === terms.appliesFrom)) {
      throw fieldError({ appliesFrom: `They already have a pay rate from ${dateInWords(terms.appliesFrom)}. Choose another date, or save a correction from the next day` });
    }
    const before = rateOnDate(f.rates, terms.appliesFrom);
    const saved = await insertPayRate(db, terms, ctx.now());
    ctx.record({
      workerId: saved.workerId,
      recordId: saved.id,
      kind: 'pay-and-hours',
      summary: `Set their pay from ${dateInWords(saved.appliesFrom)}: ${pence(saved.standardPence)} an hour (${REASON_WORDS[saved.reason]})`,
      changes: before ? changesBetween(payRateSchema, before, saved, RATE_WORDS) : [],
    });
    return saved;
  },
};
