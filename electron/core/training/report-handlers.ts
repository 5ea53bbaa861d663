import type { ParsedInput } from '../../shared/api/index.js';
import { STATUS_WORDS } from '../../shared/training/status.js';
import type { AreaHandlers, Context } from '../area.js';
import { writeCsv } from '../csv/write-csv.js';
import { CoreError } from '../errors.js';
import { readExport, toCsv } from './export.js';
import { readFunding } from './funding.js';
import { buildMatrix, buildPlan, readTrainingState } from './matrix.js';
import { matrixPdf } from './matrix-pdf.js';
import { readSettings } from './store.js';

/** The views across every PA: the matrix (and its CSV and PDF), the plan, funding and the ASC-WDS files. */
async function matrixFor(ctx: Context, input: ParsedInput<'training.matrix'>) {
  const settings = await readSettings(ctx.db());
  const state = await readTrainingState(ctx.db(), ctx.today(), input.show === 'all');
  return buildMatrix(state, ctx.today(), input.dueWithinDays ?? settings.dueWithinDays, input);
}

export const trainingReportHandlers: AreaHandlers<
  'training.matrix' | 'training.matrixCsv' | 'training.matrixPdf' | 'training.plan' | 'training.funding' | 'training.ascWdsCheck' | 'training.ascWdsExport'
> = {
  'training.matrix': (ctx, input) => matrixFor(ctx, input),

  'training.matrixCsv': async (ctx, input) => {
    const m = await matrixFor(ctx, input);
    const rows = m.pas.map((pa, i) => [
      pa.name,
      ...m.cells[i]!.map((c) => `${STATUS_WORDS[c.status].words}${c.expiresOn ? ` (${c.status === 'expired' ? 'ran out' : 'runs out'} ${c.expiresOn})` : ''}`),
    ]);
    return { fileName: `Training matrix ${m.today}.csv`, csv: writeCsv(['PA', ...m.topics.map((t) => t.name)], rows) };
  },

  'training.matrixPdf': async (ctx, input) => {
    const m = await matrixFor(ctx, input);
    const employer = await ctx.db().selectFrom('employer').select('name').executeTakeFirst();
    const pdf = await matrixPdf(m, employer?.name ?? '', ctx.now());
    return { fileName: `Training matrix ${m.today}.pdf`, pdfBase64: pdf.toString('base64') };
  },

  'training.plan': async (ctx, { days }) => buildPlan(await readTrainingState(ctx.db(), ctx.today()), ctx.today(), days),

  'training.funding': (ctx) => readFunding(ctx.db(), ctx.today()),

  'training.ascWdsCheck': async (ctx) => {
    const data = await readExport(ctx.db(), ctx.today());
    return { problems: data.problems, workers: data.pas.length, trainingRows: data.records.length };
  },

  'training.ascWdsExport': async (ctx, { file, firstUpload }) => {
    const data = await readExport(ctx.db(), ctx.today());
    if (data.problems.length > 0) {
      const first = data.problems[0]!;
      throw new CoreError(
        'invalid_input',
        `ASC-WDS would not take the file: ${data.problems.length === 1 ? 'there is 1 thing' : `there are ${data.problems.length} things`} to fix first, starting with ${first.workerName ? `${first.workerName}’s ${first.field.toLowerCase()}` : first.field}. See the list on this page.`,
      );
    }
    return toCsv(data, file, firstUpload, ctx.today());
  },
};
