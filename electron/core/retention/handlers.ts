import type { RecordKind } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import type { AreaHandlers, Context } from '../area.js';
import { CoreError } from '../errors.js';
import { readWorker } from '../workers/index.js';
import { kindLabels } from './labels.js';
import { kindsFor, retentionRows, type KindLabels } from './rules.js';
import { countHoldings, deleteHoldings, holdingsOf } from './store.js';

const refuse = (message: string) => new CoreError('invalid_input', message);

async function rowsFor(ctx: Context, workerId: string) {
  const worker = await readWorker(ctx.db(), workerId);
  const holdings = (await holdingsOf(ctx.db(), ctx.registry, [workerId])).get(workerId)!;
  return { worker, holdings, rows: retentionRows(worker, countHoldings(holdings), ctx.today(), kindLabels(ctx)) };
}

export const retentionHandlers: AreaHandlers<'retention.list' | 'retention.delete'> = {
  'retention.list': async (ctx, { workerId }) => (await rowsFor(ctx, workerId)).rows,

  'retention.delete': async (ctx, { workerId, kind }) => {
    const { worker, holdings, rows } = await rowsFor(ctx, workerId);
    const row = rows.find((r) => r.kind === kind);
    if (!row) throw refuse(wrongKind(kind, kindsFor(worker), kindLabels(ctx)));
    if (!row.mayDeleteNow) {
      if (worker.status === 'active') {
        throw refuse('They still work for you, so keep these records. You can delete them once they have left and the time to keep them has passed');
      }
      if (worker.status === 'applicant') {
        throw refuse('They are still applying, so keep these records. If they will not be working for you, record that they have left first');
      }
      throw refuse(`You can delete these records from ${dateInWords(row.mayDeleteFrom)}. Until then, keep them. ${row.rule}`);
    }
    await deleteHoldings(ctx.db(), workerId, kind, holdings);
    const what = `${row.label.charAt(0).toLowerCase()}${row.label.slice(1)} (${row.count} ${row.count === 1 ? 'record' : 'records'})`;
    if (kind === 'personnel-file' || kind === 'applicant') {
      // Everything about them is gone, their history with it: the book keeps only that it happened.
      ctx.record({ summary: 'Deleted every record about a PA whose time to keep them had passed, including their history' });
    } else {
      ctx.record({ workerId, kind: 'personnel-file', summary: `Deleted ${what}, and their lines in this history, because the time to keep them had passed` });
    }
    return { deleted: row.count };
  },
};

function wrongKind(kind: RecordKind, kinds: RecordKind[], labels: KindLabels): string {
  return kinds.includes('applicant')
    ? `They never worked for you, so Carebook keeps all their records together. Delete “${labels.applicant}” instead`
    : `They worked for you, so their records are kept by kind, not as “${labels[kind]}”. Choose one of the kinds listed`;
}
