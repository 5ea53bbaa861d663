import type { ReferenceFact, ReferenceRates } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { aprilWithNoKnownMinimum, realLivingWageMayBeOutOfDate } from '../../shared/pay/fair-pay.js';
import { RATE_SERIES, SERIES_NAMES, seriesRows } from '../../shared/pay/rate-series.js';
import { AUTO_ENROLMENT, EMPLOYER_NI, EMPLOYMENT_ALLOWANCE } from '../../shared/reference/pay-rates.js';
import type { AreaHandlers } from '../area.js';
import { fieldError } from '../errors.js';
import { insertUserRate, readUserRates } from './store.js';

const pounds = (p: number) => pence(p).replace(/\.00$/, '');

/** NI, the Employment Allowance and pensions: shown with their sources, not compared with a rate. */
function facts(): ReferenceFact[] {
  return [
    ...EMPLOYER_NI.map((r) => ({
      name: 'Employer National Insurance',
      from: r.from,
      value: `${r.value.ratePercent}% above ${pounds(r.value.thresholdPerYear)} a year${r.value.thresholdPerWeek ? ` (${pounds(r.value.thresholdPerWeek)} a week, ${pounds(r.value.thresholdPerMonth)} a month)` : ''}`,
      source: r.source,
    })),
    ...EMPLOYMENT_ALLOWANCE.map((r) => ({ name: 'Employment Allowance', from: r.from, value: `Up to ${pounds(r.value)} a year off your employer National Insurance`, source: r.source })),
    ...AUTO_ENROLMENT.map((r) => ({
      name: 'Pension auto-enrolment',
      from: r.from,
      value: `Enrol PAs aged ${r.value.fromAge} to State Pension age earning over ${pounds(r.value.triggerPerYear)} a year. Qualifying earnings ${pounds(r.value.qualifyingLowerPerYear)} to ${pounds(r.value.qualifyingUpperPerYear)}; at least ${r.value.employerPercent}% from you and ${r.value.totalPercent}% in total`,
      source: r.source,
    })),
  ];
}

export const referenceHandlers: AreaHandlers<'pay.referenceRates' | 'pay.addReferenceRate'> = {
  'pay.referenceRates': async (ctx): Promise<ReferenceRates> => {
    const user = await readUserRates(ctx.db());
    const today = ctx.today();
    return {
      series: RATE_SERIES.map((series) => ({ series, name: SERIES_NAMES[series], rows: seriesRows(series, user) })),
      facts: facts(),
      aprilWithNoKnownMinimum: aprilWithNoKnownMinimum(today, user),
      realLivingWageMayBeOutOfDate: realLivingWageMayBeOutOfDate('rlw-uk', today, user),
    };
  },

  'pay.addReferenceRate': async (ctx, input) => {
    const db = ctx.db();
    const rows = seriesRows(input.series, await readUserRates(db));
    const newest = rows[rows.length - 1];
    if (newest && input.from <= newest.from) {
      throw fieldError({ from: `The date it starts must be after ${dateInWords(newest.from)}, when the newest ${SERIES_NAMES[input.series]} Carebook knows started. Add only a newer rate` });
    }
    const saved = await insertUserRate(db, input, ctx.now());
    ctx.record({ recordId: saved.id, summary: `Added a newer ${SERIES_NAMES[input.series]}: ${pence(input.amountPence)} an hour from ${dateInWords(input.from)} (from ${input.source})` });
    return { series: saved.series, from: saved.from, amountPence: saved.amountPence, source: saved.source, userAdded: true, id: saved.id };
  },
};
