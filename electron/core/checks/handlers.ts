import { dbsSchema, interviewSchema, referenceSchema, rightToWorkSchema, type WorkerChecks } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import type { AreaHandlers, WriteContext } from '../area.js';
import { refuseFields } from '../errors.js';
import { changesBetween } from '../history/index.js';
import { requireWorker } from '../workers/index.js';
import { dbsProblems, interviewProblems, normaliseCertificateNumber, referenceProblems, rightToWorkProblems, statusCheckProblems } from './rules.js';
import {
  addDbsStatusCheck,
  checkNotFound,
  deleteCheck,
  findCheck,
  readChecks,
  readDbs,
  saveDbs,
  saveInterview,
  saveReference,
  saveRightToWork,
} from './store.js';

/** The check being corrected, as it was; null for a new one. */
async function previous<K extends keyof WorkerChecks>(ctx: WriteContext, workerId: string, kind: K, id: string | undefined) {
  if (!id) return null;
  const found = (await readChecks(ctx.db(), workerId))[kind].find((c) => c.id === id);
  if (!found) throw checkNotFound();
  return found as WorkerChecks[K][number];
}

const SKIP = ['id', 'workerId'];

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
    await requireWorker(ctx.db(), workerId);
    return readChecks(ctx.db(), workerId);
  },

  'checks.saveRightToWork': async (ctx, check) => {
    await requireWorker(ctx.db(), check.workerId);
    refuseFields(rightToWorkProblems(check, ctx.today()));
    const before = await previous(ctx, check.workerId, 'rightToWork', check.id);
    const saved = await saveRightToWork(ctx.db(), check, ctx.now());
    const when = dateInWords(saved.checkedOn);
    ctx.record({
      workerId: saved.workerId,
      recordId: saved.id,
      kind: 'right-to-work',
      summary: before ? `Changed the right-to-work check done on ${when}` : `Recorded a right-to-work check done on ${when}`,
      changes: changesBetween(rightToWorkSchema, before ?? {}, saved, { skip: SKIP }),
    });
    return saved;
  },

  'checks.saveDbs': async (ctx, input) => {
    await requireWorker(ctx.db(), input.workerId);
    refuseFields(dbsProblems(input, ctx.today()));
    const check = { ...input, certificateNumber: normaliseCertificateNumber(input.certificateNumber) };
    const before = await previous(ctx, check.workerId, 'dbs', check.id);
    const saved = await saveDbs(ctx.db(), check, ctx.now());
    const when = dateInWords(saved.issuedOn);
    ctx.record({
      workerId: saved.workerId,
      recordId: saved.id,
      kind: 'recruitment',
      summary: before ? `Changed the DBS check issued on ${when}` : `Recorded a DBS check issued on ${when}`,
      changes: changesBetween(dbsSchema, before ?? {}, saved, { skip: SKIP }),
    });
    return saved;
  },

  'checks.addDbsStatusCheck': async (ctx, input) => {
    const dbs = await readDbs(ctx.db(), input.dbsCheckId);
    refuseFields(statusCheckProblems(input.checkedOn, dbs.issuedOn, ctx.today()));
    await addDbsStatusCheck(ctx.db(), input);
    const said = input.result === 'changed' ? 'something has changed' : 'no change';
    ctx.record({ workerId: dbs.workerId, recordId: dbs.id, kind: 'recruitment', summary: `Recorded a DBS status check on ${dateInWords(input.checkedOn)}: ${said}` });
    return readDbs(ctx.db(), input.dbsCheckId);
  },

  'checks.saveReference': async (ctx, reference) => {
    await requireWorker(ctx.db(), reference.workerId);
    refuseFields(referenceProblems(reference, ctx.today()));
    const before = await previous(ctx, reference.workerId, 'references', reference.id);
    const saved = await saveReference(ctx.db(), reference, ctx.now());
    ctx.record({
      workerId: saved.workerId,
      recordId: saved.id,
      kind: 'recruitment',
      summary: before ? `Changed the reference from ${saved.refereeName}` : `Recorded a reference from ${saved.refereeName}`,
      changes: changesBetween(referenceSchema, before ?? {}, saved, { skip: SKIP }),
    });
    return saved;
  },

  'checks.saveInterview': async (ctx, interview) => {
    await requireWorker(ctx.db(), interview.workerId);
    refuseFields(interviewProblems(interview, ctx.today()));
    const before = await previous(ctx, interview.workerId, 'interviews', interview.id);
    const saved = await saveInterview(ctx.db(), interview, ctx.now());
    const answersChanged = before !== null && JSON.stringify(before.answers) !== JSON.stringify(saved.answers);
    ctx.record({
      workerId: saved.workerId,
      recordId: saved.id,
      kind: 'recruitment',
      summary: before
        ? `Changed the interview held on ${dateInWords(saved.heldOn)}${answersChanged ? ', and what they said' : ''}`
        : `Recorded an interview held on ${dateInWords(saved.heldOn)}`,
      changes: changesBetween(interviewSchema, before ?? {}, saved, { skip: [...SKIP, 'answers'] }),
    });
    return saved;
  },

  'checks.delete': async (ctx, { kind, id }) => {
    const check = await findCheck(ctx.db(), kind, id);
    await deleteCheck(ctx.db(), kind, id);
    ctx.record({
      workerId: check.workerId,
      recordId: check.recordId,
      kind: kind === 'right-to-work' ? 'right-to-work' : 'recruitment',
      summary: `Deleted ${check.description}, with any copies kept with it`,
    });
    return { deleted: true };
  },
};
