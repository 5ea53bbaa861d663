import type { AreaHandlers } from '../context.js';
import { refuseFields } from '../errors.js';
import { requireWorker } from '../workers/store.js';
import { referenceProblems, rightToWorkProblems, statusCheckProblems } from './rules.js';
import {
  addDbsStatusCheck,
  deleteCheck,
  readChecks,
  readDbs,
  saveDbs,
  saveInterview,
  saveReference,
  saveRightToWork,
} from './store.js';

export const checksHandlers: AreaHandlers<
  | 'checks.get'
  | 'checks.saveRightToWork'
  | 'checks.saveDbs'
  | 'checks.addDbsStatusCheck'
  | 'checks.saveReference'
  | 'checks.saveInterview'
  | 'checks.delete'
> = {
  'checks.get': async (ctx, { workerId }) => {
    const { db } = ctx.book();
    await requireWorker(db, workerId);
    return readChecks(db, workerId);
  },

  'checks.saveRightToWork': async (ctx, check) => {
    const { db } = ctx.book();
    await requireWorker(db, check.workerId);
    refuseFields(rightToWorkProblems(check));
    return saveRightToWork(db, check, ctx.now());
  },

  'checks.saveDbs': async (ctx, check) => {
    const { db } = ctx.book();
    await requireWorker(db, check.workerId);
    return saveDbs(db, check, ctx.now());
  },

  'checks.addDbsStatusCheck': async (ctx, input) => {
    const { db } = ctx.book();
    const dbs = await readDbs(db, input.dbsCheckId);
    refuseFields(statusCheckProblems(input.checkedOn, dbs.issuedOn));
    await addDbsStatusCheck(db, input);
    return readDbs(db, input.dbsCheckId);
  },

  'checks.saveReference': async (ctx, reference) => {
    const { db } = ctx.book();
    await requireWorker(db, reference.workerId);
    refuseFields(referenceProblems(reference));
    return saveReference(db, reference, ctx.now());
  },

  'checks.saveInterview': async (ctx, interview) => {
    const { db } = ctx.book();
    await requireWorker(db, interview.workerId);
    return saveInterview(db, interview, ctx.now());
  },

  'checks.delete': async (ctx, { kind, id }) => {
    await deleteCheck(ctx.book().db, kind, id);
    return { deleted: true };
  },
};
