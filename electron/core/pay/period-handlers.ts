import type { Kysely } from 'kysely';
import type { PeriodSummary } from '../../shared/api/index.js';
import { addDaysIso, dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { periodSummary } from '../../shared/pay/period-summary.js';
import { hoursDecimal, minutesInWords, weekdayOf } from '../../shared/pay/shift-time.js';
import type { AreaHandlers, Context } from '../area.js';
import { writeCsv } from '../csv/write-csv.js';
import type { Schema } from '../db/schema.js';
import { readEmployer } from '../employer/index.js';
import { CoreError } from '../errors.js';
import { taggedPdf } from '../pdf/make-pdf.js';
import { readWorker } from '../workers/index.js';
import { employedIn, periodFor, personOn, readAllPaFacts, readPaFacts, type PaPayFacts } from './pay-facts.js';
import { KIND_WORDS } from './shift-handlers.js';
import { readShifts, readShiftsBetween, readUserRates } from './store.js';

/** Each PA's pay period that holds `date` (or one PA's), with its summary. */
export async function summaries(ctx: Context, date: string, workerId?: string): Promise<PeriodSummary[]> {
  const db = ctx.db();
  let all: PaPayFacts[];
  if (workerId) {
    await readWorker(db, workerId);
    const one = await readPaFacts(db, workerId);
    all = one && one.rates.length > 0 ? [one] : [];
  } else all = await readAllPaFacts(db, addDaysIso(date, -31)); // a pay period is at most a month
  return summariesOf(ctx, all.map((f) => ({ f, period: periodFor(f, date) })));
}

/** Summaries of the given periods, with one read of the shifts for them all. */
export async function summariesOf(ctx: Context, wanted: { f: PaPayFacts; period: ReturnType<typeof periodFor> }[]): Promise<PeriodSummary[]> {
  const periods = wanted.filter(({ f, period }) => employedIn(f, period));
  if (periods.length === 0) return [];
  const db = ctx.db();
  const from = periods.reduce((m, p) => (p.period.start < m ? p.period.start : m), periods[0]!.period.start);
  const to = periods.reduce((m, p) => (p.period.end > m ? p.period.end : m), periods[0]!.period.end);
  const shifts = await readShiftsBetween(db, from, to, periods.length === 1 ? periods[0]!.f.workerId : undefined);
  const byWorker = new Map<string, typeof shifts>();
  for (const s of shifts) {
    const list = byWorker.get(s.workerId);
    if (list) list.push(s);
    else byWorker.set(s.workerId, [s]);
  }
  const userRates = await readUserRates(db);
  const today = ctx.today();
  return periods.map(({ f, period }) =>
    periodSummary({
      workerId: f.workerId,
      fullName: f.fullName,
      frequency: period.frequency,
      start: period.start,
      end: period.end,
      shifts: (byWorker.get(f.workerId) ?? []).filter((s) => s.date >= period.start && s.date <= period.end),
      rates: f.rates,
      person: personOn(f, period.start),
      userRates,
      today,
    }),
  );
}

/**
 * The payroll service's file: one row per PA and kind of shift, then a row for all their
 * kinds. The columns are documented in electron/core/pay/README.md ("The payroll CSV").
 */
export const PAYROLL_HEADER = [
  'Name',
  'National Insurance number',
  'Period start',
  'Period end',
  'Pay frequency',
  'Kind',
  'Shifts',
  'Hours',
  'Hours counted for minimum wage',
  'Gross pay (£)',
  'Of which enhancements (£)',
  'Average pay per hour counted (£)',
  'Legal minimum per hour (£)',
  'Check',
] as const;

const pounds = (p: number) => Math.round(p) / 100;

async function niNumbers(db: Kysely<Schema>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('worker').select(['id', 'niNumber']).execute();
  return new Map(rows.map((r) => [r.id, r.niNumber]));
}

export function payrollRows(periods: PeriodSummary[], ni: Map<string, string>): (string | number)[][] {
  return periods.flatMap((p) => {
    const head = [p.fullName, ni.get(p.workerId) ?? '', p.start, p.end, p.frequency];
    const kinds = p.byKind.map((k) => [...head, KIND_WORDS[k.kind], k.shifts, hoursDecimal(k.minutes), hoursDecimal(k.workingMinutes), pounds(k.grossPence), '', '', '', '']);
    const check = p.problems.length ? p.problems.map((x) => x.text).join(' ') : 'At or above the legal minimum';
    const total = [...head, 'All kinds', p.shifts, hoursDecimal(p.minutes), hoursDecimal(p.workingMinutes), pounds(p.grossPence), pounds(p.enhancementPence), pounds(p.averagePence), p.minimum ? pounds(p.minimum.ratePence) : '', check];
    return [...kinds, total];
  });
}

export const periodHandlers: AreaHandlers<'pay.summary' | 'pay.payrollCsv' | 'pay.timesheet'> = {
  'pay.summary': async (ctx, { date, workerId }) => ({ periods: await summaries(ctx, date, workerId) }),

  'pay.payrollCsv': async (ctx, { date, workerId }) => {
    const periods = await summaries(ctx, date, workerId);
    const csv = writeCsv(PAYROLL_HEADER, payrollRows(periods, await niNumbers(ctx.db())));
    const first = periods[0];
    const name = workerId && first ? `${first.fullName} ` : '';
    return { fileName: `Carebook payroll ${name}${first ? `${first.start} to ${first.end}` : date}.csv`.replace(/[\\/:*?"<>|]/g, ''), csv };
  },

  'pay.timesheet': async (ctx, { workerId, date }) => {
    const db = ctx.db();
    const [summary] = await summaries(ctx, date, workerId);
    if (!summary) throw new CoreError('not_found', 'They have no pay rate for that date yet. Add their written statement or a pay rate first.');
    const worker = await readWorker(db, workerId);
    const employer = await readEmployer(db);
    const shifts = await readShifts(db, workerId, summary.start, summary.end);
    const title = `Timesheet: ${worker.fullName}, ${dateInWords(summary.start)} to ${dateInWords(summary.end)}`;
    const pdf = await taggedPdf({ title, author: employer?.name ?? 'Carebook', subject: `Timesheet for ${worker.fullName}`, createdAt: ctx.now(), layout: 'landscape' }, (pdf) => {
      pdf.heading(title);
      pdf.paragraph(`Employer: ${employer?.name || 'not recorded'}. PA: ${worker.fullName}${worker.niNumber ? `, National Insurance number ${worker.niNumber}` : ''}. Paid ${summary.frequency}.`);
      pdf.section('Shifts', () => {
        if (shifts.length === 0) pdf.paragraph('No shifts recorded in this period.');
        else
          pdf.table(
            {
              header: ['Date', 'Kind', 'Start', 'End', 'Unpaid break', 'Hours', 'Hours counted for minimum wage'],
              rows: shifts.map((s) => [
                `${weekdayOf(s.date)} ${dateInWords(s.date)}`,
                KIND_WORDS[s.kind],
                s.start,
                s.end,
                s.breakMinutes ? minutesInWords(s.breakMinutes) : 'none',
                minutesInWords(s.minutes),
                minutesInWords(s.kind === 'sleep-in' || s.kind === 'on-call' ? s.workedMinutes : s.minutes),
              ]),
              widths: [3, 2, 1, 1, 2, 2, 2],
            }
          );
      });
      pdf.section('Totals', () => {
        for (const k of summary.byKind) pdf.paragraph(`${KIND_WORDS[k.kind]}: ${k.shifts} ${k.shifts === 1 ? 'shift' : 'shifts'}, ${minutesInWords(k.minutes)}, ${pence(k.grossPence)}.`);
        pdf.paragraph(`In all: ${minutesInWords(summary.minutes)}, of which ${minutesInWords(summary.workingMinutes)} count as working time for the minimum wage. Gross pay ${pence(summary.grossPence)}.`);
        for (const problem of summary.problems) pdf.paragraph(problem.text);
      });
      pdf.keepSpace(20);
      pdf.section('Signatures', () => {
        pdf.paragraph('We agree that these are the hours worked in this period.');
        pdf.paragraph(`PA: ${worker.fullName}`);
        pdf.writingLine('Signature', 'full');
        pdf.writingLine('Date', 'short');
        pdf.paragraph(`Employer: ${employer?.name || ''}`);
        pdf.writingLine('Signature', 'full');
        pdf.writingLine('Date', 'short');
      });
    });
    const safe = worker.fullName.replace(/[\\/:*?"<>|]/g, '');
    return { fileName: `Timesheet ${safe} ${summary.start} to ${summary.end}.pdf`, pdfBase64: pdf.toString('base64') };
  },
};
