import type { RecordKind } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import type { AreaHandlers } from '../context.js';
import { CoreError } from '../errors.js';
import { readWorker } from '../workers/store.js';
import { kindsFor, retentionRows, RETENTION_LABELS } from './rules.js';
import { countHoldings, deleteHoldings, holdingsOf } from './store.js';

const refuse = (message: string) => new CoreError('invalid_input', message);

export const retentionHandlers: AreaHandlers<'retention.list' | 'retention.delete'> = {
  'retention.list': async (ctx, { workerId }) => {
    const { db } = ctx.book();
    const worker = await readWorker(db, workerId);
    const holdings = (await holdingsOf(db, [workerId])).get(workerId)!;
    return retentionRows(worker, countHoldings(holdings), ctx.today());
  },

  'retention.delete': async (ctx, { workerId, kind }) => {
    const { db } = ctx.book();
    const worker = await readWorker(db, workerId);
    const holdings = (await holdingsOf(db, [workerId])).get(workerId)!;
    const rows = retentionRows(worker, countHoldings(holdings), ctx.today());
    const row = rows.find((r) => r.kind === kind);
    if (!row) throw refuse(wrongKind(kind, kindsFor(worker)));
    if (!row.mayDeleteNow) {
      if (worker.status === 'active') {
        throw refuse('They still work for you, so keep these records. You can delete them once they have left and the time to keep them has passed');
      }
      if (worker.status === 'applicant') {
        throw refuse('They are still applying, so keep these records. If they will not be working for you, record that they have left first');
      }
      throw refuse(`You can delete these records from ${dateInWords(row.mayDeleteFrom)}. Until then, keep them. ${row.rule}`);
    }
    await deleteHoldings(db, workerId, kind, holdings);
    return { deleted: row.count };
  },
};

function wrongKind(kind: RecordKind, kinds: RecordKind[]): string {
  return kinds.includes('applicant')
    ? `They never worked for you, so Carebook keeps all their records together. Delete “${RETENTION_LABELS.applicant}” instead`
    : `They worked for you, so their records are kept by kind, not as “${RETENTION_LABELS[kind]}”. Choose one of the kinds listed`;
}
