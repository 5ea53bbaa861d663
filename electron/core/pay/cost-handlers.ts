import { budgetSchema, costSettingsSchema, type CostAndBudget, type PayFrequency, type PeriodSummary } from '../../shared/api/index.js';
import { addDaysIso } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { costOfEmploying, type PaPeriodPay } from '../../shared/pay/cost-of-employing.js';
import { budgetPeriod } from '../../shared/pay/direct-payment-budget.js';
import { periodContaining, type Period } from '../../shared/pay/periods.js';
import { valueOn } from '../../shared/reference/dated.js';
import { AUTO_ENROLMENT } from '../../shared/reference/pay-rates.js';
import type { AreaHandlers, Context } from '../area.js';
import { fieldError } from '../errors.js';
import { changesBetween } from '../history/index.js';
import { readCostSettings, saveBudgetRow, saveCostSettingsRow } from './cost-store.js';
import { periodFor, personOn, readAllPaFacts, type PaPayFacts } from './pay-facts.js';
import { summariesOf } from './period-handlers.js';

const FEE_PER_WORDS = { year: 'A year', month: 'A month', 'four-weeks': 'Every four weeks', week: 'A week' };
const FREQUENCY_WORDS = { weekly: 'Every week', fortnightly: 'Every two weeks', 'four-weekly': 'Every four weeks', monthly: 'Every month' };
const money = (v: unknown) => pence(Number(v));

/** The cost of each PA's pay period that holds `date`, and the budget period that holds it. */
async function costAndBudget(ctx: Context, date: string): Promise<CostAndBudget> {
  const db = ctx.db();
  const { settings, budget } = await readCostSettings(db);
  if (!settings) return { settings, budget, pas: [], allowanceWords: '', budgetPeriod: null };
  // A budget period is at most a month, and the pay periods that overlap it at most a month each side.
  const facts = await readAllPaFacts(db, addDaysIso(date, -62));
  const wanted = new Map<string, { f: PaPayFacts; period: ReturnType<typeof periodFor> }>();
  const want = (f: PaPayFacts, on: string) => {
    const period = periodFor(f, on);
    wanted.set(`${f.workerId} ${period.start}`, { f, period });
    return period;
  };
  for (const f of facts) want(f, date);
  let bp: (Period & { frequency: PayFrequency }) | null = null;
  if (budget) {
    bp = { ...periodContaining(budget.budgetFrequency, budget.budgetStartsOn || date, date), frequency: budget.budgetFrequency };
    for (const f of facts) for (let p = want(f, bp.start); p.end < bp.end; ) p = want(f, addDaysIso(p.end, 1));
  }
  const summaries = await summariesOf(ctx, [...wanted.values()]);
  const factsOf = new Map(facts.map((f) => [f.workerId, f]));
  const pay = (s: PeriodSummary): PaPeriodPay => {
    const person = personOn(factsOf.get(s.workerId)!, s.start);
    return { workerId: s.workerId, fullName: s.fullName, frequency: s.frequency, start: s.start, end: s.end, grossPence: s.grossPence, workingMinutes: s.workingMinutes, dateOfBirth: person.dateOfBirth, apprenticeSince: person.apprenticeSince };
  };
  // One reckoning for every period read, so a pay period costs the same in both tables.
  const { pas: all, allowanceWords } = costOfEmploying(summaries.map(pay), settings, date);
  const pas = all.filter((p) => p.start <= date && p.end >= date);
  const budgetOut = budget && bp ? budgetPeriod(bp, budget.budgetPence, all) : null;
  return { settings, budget, pas, allowanceWords, budgetPeriod: budgetOut };
}

export const costHandlers: AreaHandlers<'pay.costSettings' | 'pay.saveCostSettings' | 'pay.saveBudget' | 'pay.cost'> = {
  'pay.costSettings': (ctx) => readCostSettings(ctx.db()),

  'pay.cost': (ctx, { date }) => costAndBudget(ctx, date),

  'pay.saveCostSettings': async (ctx, input) => {
    const minimum = valueOn(AUTO_ENROLMENT, ctx.today())?.employerPercent ?? 0;
    if (input.pensionPercent > 0 && input.pensionPercent < minimum) {
      throw fieldError({ pensionPercent: `Your pension contribution must be at least ${minimum}%, the legal minimum. Leave it empty to use the minimum` });
    }
    const before = (await readCostSettings(ctx.db())).settings ?? {};
    const changes = changesBetween(costSettingsSchema, before, input, {
      values: {
        councilHourlyPence: money,
        insuranceYearPence: money,
        payrollFeePence: money,
        payrollFeePer: FEE_PER_WORDS,
        claimsAllowance: { yes: 'Yes', no: 'No' },
        pensionPercent: (v) => (Number(v) > 0 ? `${Number(v)}%` : 'The legal minimum'),
      },
    });
    // Saved unchanged: nothing to write or to say.
    if (changes.length === 0) return input;
    await saveCostSettingsRow(ctx.db(), input, ctx.now());
    ctx.record({ summary: 'Changed your cost settings', changes });
    return input;
  },

  'pay.saveBudget': async (ctx, input) => {
    const saved = { ...input, budgetStartsOn: input.budgetFrequency === 'monthly' ? '' : input.budgetStartsOn };
    const before = (await readCostSettings(ctx.db())).budget ?? {};
    const changes = changesBetween(budgetSchema, before, saved, {
      values: { budgetPence: money, budgetFrequency: FREQUENCY_WORDS },
    });
    if (changes.length === 0) return saved;
    await saveBudgetRow(ctx.db(), saved, ctx.now());
    ctx.record({ summary: 'Changed your direct-payment budget', changes });
    return saved;
  },
};
