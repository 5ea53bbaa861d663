import { sameName } from '../../shared/people/names.js';
import type { AreaHandlers } from '../context.js';
import { fieldError, refuseFields } from '../errors.js';
import { importWorkers, previewImport } from './import.js';
import { changeStatus, detailsProblems } from './rules.js';
import { deleteWorker, insertWorkers, listWorkers, newWorkerRow, readWorker, updateWorkerDetails, writeStatus } from './store.js';

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
  'workers.list': (ctx, filter) => listWorkers(ctx.book().db, filter),

  'workers.get': (ctx, { id }) => readWorker(ctx.book().db, id),

  'workers.create': async (ctx, { status, ...details }) => {
    refuseFields(detailsProblems(details, { status, leftOn: '' }, ctx.today()));
    const row = newWorkerRow(details, status, ctx.now());
    await insertWorkers(ctx.book().db, [row]);
    return readWorker(ctx.book().db, row.id);
  },

  'workers.update': async (ctx, { id, ...details }) => {
    const { db } = ctx.book();
    const current = await readWorker(db, id);
    refuseFields(detailsProblems(details, current, ctx.today()));
    await updateWorkerDetails(db, id, details, ctx.now());
    return readWorker(db, id);
  },

  'workers.setStatus': async (ctx, { id, ...change }) => {
    const { db } = ctx.book();
    const current = await readWorker(db, id);
    const result = changeStatus(current, change);
    if ('errors' in result) throw fieldError(result.errors);
    await writeStatus(db, id, result.facts, ctx.now());
    return readWorker(db, id);
  },

  'workers.importPreview': (ctx, { csv }) => previewImport(ctx.book().db, csv, ctx.today()),

  'workers.import': (ctx, { csv }) => importWorkers(ctx.book().db, csv, ctx.today(), ctx.now()),

  'workers.delete': async (ctx, { id, confirmName }) => {
    const { db } = ctx.book();
    const worker = await readWorker(db, id);
    if (!sameName(confirmName, worker.fullName)) {
      throw fieldError({ confirmName: `The name you typed does not match. Type their full name, ${worker.fullName}, to delete them` });
    }
    await deleteWorker(db, id);
    return { deleted: true };
  },
};
