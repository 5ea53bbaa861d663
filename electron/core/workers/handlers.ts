import { workerDetailsSchema, type Worker } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { sameName } from '../../shared/people/names.js';
import type { AreaHandlers } from '../area.js';
import { fieldError, refuseFields } from '../errors.js';
import { changesBetween } from '../history/index.js';
import { importWorkers, previewImport } from './import.js';
import { changeStatus, detailsProblems } from './rules.js';
import { deleteWorker, insertWorkers, listWorkers, newWorkerRow, readWorker, updateWorkerDetails, writeStatus } from './store.js';

/** A PA's lines are about their personnel file: they go when the PA's whole record goes. */
const about = (w: Pick<Worker, 'id'>) => ({ workerId: w.id, recordId: w.id, kind: 'personnel-file' as const });

const NOTHING: Record<string, unknown> = {};

/** Where they stand, in words, for the history. */
function standing(w: Pick<Worker, 'status' | 'startDate' | 'leftOn' | 'leftReason'>): string {
  if (w.status === 'active') return `working for you from ${dateInWords(w.startDate)}`;
  if (w.status === 'left') return `left on ${dateInWords(w.leftOn)}`;
  return 'applying to work for you';
}

export const workersHandlers: AreaHandlers<
  | 'workers.list'
  | 'workers.get'
  | 'workers.create'
  | 'workers.update'
  | 'workers.setStatus'
  | 'workers.importPreview'
  | 'workers.import'
  | 'workers.delete'
> = {
  'workers.list': (ctx, filter) => listWorkers(ctx.db(), filter),

  'workers.get': (ctx, { id }) => readWorker(ctx.db(), id),

  'workers.create': async (ctx, { status, ...details }) => {
    refuseFields(detailsProblems(details, { status, leftOn: '' }, ctx.today()));
    const row = newWorkerRow(details, status, ctx.now());
    await insertWorkers(ctx.db(), [row]);
    const worker = await readWorker(ctx.db(), row.id);
    ctx.record({ ...about(worker), summary: `Added ${worker.fullName}, ${standing(worker)}`, changes: changesBetween(workerDetailsSchema, NOTHING, details) });
    return worker;
  },

  'workers.update': async (ctx, { id, ...details }) => {
    const current = await readWorker(ctx.db(), id);
    refuseFields(detailsProblems(details, current, ctx.today()));
    const changes = changesBetween(workerDetailsSchema, current, details);
    if (changes.length === 0) return current;
    await updateWorkerDetails(ctx.db(), id, details, ctx.now());
    ctx.record({ ...about(current), summary: 'Changed their details', changes });
    return readWorker(ctx.db(), id);
  },

  'workers.setStatus': async (ctx, { id, ...change }) => {
    const current = await readWorker(ctx.db(), id);
    const result = changeStatus(current, change, ctx.today());
    if ('errors' in result) throw fieldError(result.errors);
    await writeStatus(ctx.db(), id, result.facts, ctx.now());
    const after = await readWorker(ctx.db(), id);
    const reason = after.status === 'left' && after.leftReason ? `: ${after.leftReason}` : '';
    ctx.record({ ...about(after), summary: `Marked as ${standing(after)}${reason}` });
    return after;
  },

  'workers.importPreview': (ctx, { csv }) => previewImport(ctx.db(), csv, ctx.today()),

  'workers.import': async (ctx, { csv }) => {
    const { rows, skipped } = await importWorkers(ctx.db(), csv, ctx.today(), ctx.now());
    for (const row of rows) ctx.record({ ...about(row), summary: `Added ${row.fullName} from a spreadsheet, ${standing({ ...row, status: row.status as Worker['status'] })}` });
    return { imported: rows.length, skipped };
  },

  'workers.delete': async (ctx, { id, confirmName }) => {
    const worker = await readWorker(ctx.db(), id);
    if (!sameName(confirmName, worker.fullName)) {
      throw fieldError({ confirmName: `The name you typed does not match. Type their full name, ${worker.fullName}, to delete them` });
    }
    // Their history goes with them (the foreign key cascades); the book keeps only that a PA was deleted.
    await deleteWorker(ctx.db(), id);
    ctx.record({ summary: 'Deleted a PA and every record about them, including their history' });
    return { deleted: true };
  },
};
