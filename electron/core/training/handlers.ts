import {
  HOW_GIVEN_WORDS,
  planSchema,
  qualificationSchema,
  STANDARD_STATUS_WORDS,
  topicSchema,
  trainingRecordSchema,
  trainingSettingsSchema,
  type Topic,
} from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { jobRoleName, TRAINING_CATEGORIES } from '../../shared/reference/training-asc-wds.js';
import { careCertificateStandards } from '../../shared/reference/training-care-certificate.js';
import type { AreaHandlers, Context, WriteContext } from '../area.js';
import { refuseFields } from '../errors.js';
import { changesBetween } from '../history/index.js';
import { requireWorker } from '../workers/index.js';
import { careCertificateProblems, planProblems, qualificationProblems, recordProblems, standardProblems } from './rules.js';
import {
  certificatesOf,
  planNotFound,
  readCareCertificate,
  readPlan,
  readPlans,
  readProfile,
  readQualification,
  readQualifications,
  readRecordRow,
  readRecordRows,
  readSettings,
  saveProfile,
  savePlanRow,
  saveQualificationRow,
  saveRecordRow,
  saveSettingsRow,
  toRecord,
} from './store.js';
import { excusalOf, isRequired, readTopics, requireTopic } from './topics.js';
import { CoreError } from '../errors.js';
import { randomUUID } from 'node:crypto';
import { trainingStatus } from '../../shared/training/status.js';

const money = (v: unknown) => pence(v as number);
const RECORD_WORDS = {
  values: { how: HOW_GIVEN_WORDS, costPence: money, fundingClaimPence: money },
  skip: ['id', 'workerId', 'topicId'],
};

async function topicById(ctx: Context, id: string): Promise<Map<string, Topic>> {
  const topics = await readTopics(ctx.db(), ctx.today());
  if (!topics.some((t) => t.id === id)) await requireTopic(ctx.db(), ctx.today(), id);
  return new Map(topics.map((t) => [t.id, t]));
}

async function readRecordFull(ctx: Context, id: string) {
  const row = await readRecordRow(ctx.db(), id);
  const topics = await readTopics(ctx.db(), ctx.today());
  const certs = await certificatesOf(ctx.db(), row.workerId);
  return toRecord(row, topics.find((t) => t.id === row.topicId), certs.get(row.id) ?? []);
}

function lineAboutPa(ctx: WriteContext, workerId: string, recordId: string, summary: string, changes?: ReturnType<typeof changesBetween>) {
  ctx.record({ workerId, recordId, kind: 'training', summary, ...(changes ? { changes } : {}) });
}

export const trainingHandlers: AreaHandlers<
  | 'training.topics'
  | 'training.saveTopic'
  | 'training.setRequirement'
  | 'training.excuse'
  | 'training.endExcusal'
  | 'training.settings'
  | 'training.saveSettings'
  | 'training.get'
  | 'training.setProfile'
  | 'training.saveRecord'
  | 'training.deleteRecord'
  | 'training.saveStandard'
  | 'training.setCareCertificate'
  | 'training.saveQualification'
  | 'training.deleteQualification'
  | 'training.savePlan'
  | 'training.deletePlan'
> = {
  'training.topics': (ctx) => readTopics(ctx.db(), ctx.today()),

  'training.saveTopic': async (ctx, input) => {
    const db = ctx.db();
    const topics = await readTopics(db, ctx.today());
    const before = input.id ? topics.find((t) => t.id === input.id) : undefined;
    if (input.id && !before) await requireTopic(db, ctx.today(), input.id);
    if (topics.some((t) => t.id !== input.id && t.name.toLowerCase() === input.name.toLowerCase())) {
      refuseFields({ name: 'You already have a topic with this name. Choose it from the list, or give this one another name' });
    }
    const id = input.id ?? randomUUID();
    const row = {
      id,
      name: input.name,
      category: input.category,
      intervalMonths: input.intervalMonths,
      requiredForAll: input.requiredForAll ? 1 : 0,
      active: input.active ? 1 : 0,
      custom: before ? (before.custom ? 1 : 0) : 1,
      updatedAt: ctx.now().toISOString(),
    };
    const { id: _id, ...changes } = row;
    await db.insertInto('trainingOwnTopic').values(row).onConflict((oc) => oc.column('id').doUpdateSet(changes)).execute();
    const saved = (await readTopics(db, ctx.today())).find((t) => t.id === id)!;
    ctx.record({
      recordId: id,
      summary: before ? `Changed the training topic “${saved.name}”` : `Added the training topic “${saved.name}”`,
      changes: changesBetween(topicSchema, before ?? {}, saved, {
        skip: ['id'],
        values: { category: (c) => TRAINING_CATEGORIES[c as number] ?? String(c), intervalMonths: (m) => `${m as number} months` },
      }),
    });
    return saved;
  },

  'training.setRequirement': async (ctx, input) => {
    const db = ctx.db();
    const topic = await requireTopic(db, ctx.today(), input.topicId);
    if (input.workerId !== undefined) {
      const worker = { id: input.workerId };
      await requireWorker(db, worker.id);
      const has = topic.workerIds.includes(worker.id);
      if (has === input.required) return topic;
      if (input.required) {
        await db.insertInto('trainingPaRequirement').values({ id: randomUUID(), workerId: worker.id, topicId: topic.id }).execute();
        // Chosen for them on their own: they are no longer excused from it.
        await db.deleteFrom('trainingPaExcusal').where('workerId', '=', worker.id).where('topicId', '=', topic.id).execute();
      } else await db.deleteFrom('trainingPaRequirement').where('workerId', '=', worker.id).where('topicId', '=', topic.id).execute();
      lineAboutPa(ctx, worker.id, topic.id, input.required ? `Said they need “${topic.name}”` : `Said they no longer need “${topic.name}” on their own`);
    } else {
      const code = input.roleCode!;
      const has = topic.roles.includes(code);
      if (has === input.required) return topic;
      if (input.required) await db.insertInto('trainingRoleRequirement').values({ topicId: topic.id, roleCode: code }).execute();
      else await db.deleteFrom('trainingRoleRequirement').where('topicId', '=', topic.id).where('roleCode', '=', code).execute();
      ctx.record({
        recordId: topic.id,
        summary: input.required ? `Said every ${jobRoleName(code).toLowerCase()} needs “${topic.name}”` : `Said a ${jobRoleName(code).toLowerCase()} no longer needs “${topic.name}”`,
      });
    }
    return requireTopic(db, ctx.today(), topic.id);
  },

  'training.excuse': async (ctx, { topicId, workerId, reason }) => {
    const db = ctx.db();
    const topic = await requireTopic(db, ctx.today(), topicId);
    await requireWorker(db, workerId);
    const pa = { id: workerId, roleCode: (await readProfile(db, workerId)).roleCode };
    const before = excusalOf(topic, workerId);
    if (before === undefined && !isRequired(topic, pa, true)) {
      throw new CoreError('invalid_input', `They do not need “${topic.name}”, so there is nothing to excuse them from. Go back to their training.`);
    }
    if (before === reason) return topic;
    await db
      .insertInto('trainingPaExcusal')
      .values({ id: randomUUID(), workerId, topicId, reason, createdAt: ctx.now().toISOString() })
      .onConflict((oc) => oc.columns(['workerId', 'topicId']).doUpdateSet({ reason }))
      .execute();
    // Not needed on their own either: the excusal says it all.
    await db.deleteFrom('trainingPaRequirement').where('workerId', '=', workerId).where('topicId', '=', topicId).execute();
    lineAboutPa(ctx, workerId, topic.id, before === undefined ? `Said they do not need “${topic.name}”` : `Changed why they do not need “${topic.name}”`, [
      { field: 'Why they do not need it', from: before ?? '', to: reason },
    ]);
    return requireTopic(db, ctx.today(), topic.id);
  },

  'training.endExcusal': async (ctx, { topicId, workerId }) => {
    const db = ctx.db();
    const topic = await requireTopic(db, ctx.today(), topicId);
    await requireWorker(db, workerId);
    const before = excusalOf(topic, workerId);
    if (before === undefined) return topic;
    await db.deleteFrom('trainingPaExcusal').where('workerId', '=', workerId).where('topicId', '=', topicId).execute();
    lineAboutPa(ctx, workerId, topic.id, `Said they need “${topic.name}” after all`, [{ field: 'Why they do not need it', from: before, to: '' }]);
    return requireTopic(db, ctx.today(), topic.id);
  },

  'training.settings': (ctx) => readSettings(ctx.db()),

  'training.saveSettings': async (ctx, input) => {
    const before = await readSettings(ctx.db());
    const changes = changesBetween(trainingSettingsSchema, before, input);
    // Nothing changed (perhaps the defaults, with no row yet): nothing to write or to say.
    if (changes.length === 0) return input;
    await saveSettingsRow(ctx.db(), input);
    ctx.record({ summary: 'Changed your training settings', changes });
    return input;
  },

  'training.get': async (ctx, { workerId }) => {
    const db = ctx.db();
    await requireWorker(db, workerId);
    const today = ctx.today();
    const [topics, rows, certs, profile, careCertificate, qualifications, settings] = await Promise.all([
      readTopics(db, today),
      readRecordRows(db, workerId),
      certificatesOf(db, workerId),
      readProfile(db, workerId),
      readCareCertificate(db, workerId),
      readQualifications(db, workerId),
      readSettings(db),
    ]);
    const byId = new Map(topics.map((t) => [t.id, t]));
    const records = rows.map((r) => toRecord(r, byId.get(r.topicId), certs.get(r.id) ?? []));
    const pa = { id: workerId, roleCode: profile.roleCode };
    const latest = new Map<string, (typeof records)[number]>();
    for (const r of records) if (!latest.has(r.topicId)) latest.set(r.topicId, r);
    const statuses = topics
      // What they need, what they hold, and what they are excused from (with why).
      .filter((t) => isRequired(t, pa) || latest.has(t.id) || (t.active && excusalOf(t, workerId) !== undefined))
      .map((t) => {
        const held = latest.get(t.id);
        return {
          topicId: t.id,
          name: t.name,
          status: trainingStatus({ required: isRequired(t, pa), latestExpiresOn: held ? held.expiresOn : null, today, dueWithinDays: settings.dueWithinDays }),
          expiresOn: held?.expiresOn ?? '',
          completedOn: held?.completedOn ?? '',
          excusedReason: excusalOf(t, workerId) ?? '',
        };
      });
    return { workerId, roleCode: profile.roleCode, records, topics: statuses, careCertificate, qualifications, plans: await readPlans(db, workerId, topics) };
  },

  'training.setProfile': async (ctx, { workerId, roleCode }) => {
    await requireWorker(ctx.db(), workerId);
    const before = await readProfile(ctx.db(), workerId);
    if (before.roleCode === roleCode) return { roleCode };
    await saveProfile(ctx.db(), workerId, { ...before, roleCode });
    lineAboutPa(ctx, workerId, workerId, 'Changed their job role for training', [
      { field: 'Job role', from: before.roleCode === null ? '' : jobRoleName(before.roleCode), to: roleCode === null ? '' : jobRoleName(roleCode) },
    ]);
    return { roleCode };
  },

  'training.saveRecord': async (ctx, input) => {
    const db = ctx.db();
    await requireWorker(db, input.workerId);
    const topics = await topicById(ctx, input.topicId);
    refuseFields(recordProblems(input, ctx.today()));
    const before = input.id ? await readRecordFull(ctx, input.id) : null;
    if (before && before.workerId !== input.workerId) throw new CoreError('not_found', 'That training record belongs to another PA. Go back to their training and try again.');
    const row = await saveRecordRow(db, input, ctx.now());
    const topic = topics.get(row.topicId)!;
    const saved = await readRecordFull(ctx, row.id);
    const when = dateInWords(saved.completedOn);
    lineAboutPa(
      ctx,
      saved.workerId,
      saved.id,
      before ? `Changed the “${topic.name}” training done on ${when}` : `Recorded “${topic.name}” training done on ${when}`,
      changesBetween(trainingRecordSchema, before ?? {}, saved, RECORD_WORDS),
    );
    if (!before) {
      // Training done ticks off what was planned for it.
      const planned = await db.deleteFrom('trainingPlan').where('workerId', '=', saved.workerId).where('topicId', '=', saved.topicId).executeTakeFirst();
      if (Number(planned.numDeletedRows) > 0) lineAboutPa(ctx, saved.workerId, saved.id, `Took “${topic.name}” off the plan: it is done`);
    }
    return saved;
  },

  'training.deleteRecord': async (ctx, { id }) => {
    const record = await readRecordFull(ctx, id);
    // Its certificates go with it: filed against nothing, a certificate would fall to the
    // personnel file's retention and be kept, unseen, for as long as that (README.md here).
    await ctx.db().deleteFrom('document').where('workerId', '=', record.workerId).where('linkedId', '=', id).execute();
    await ctx.db().deleteFrom('trainingRecord').where('id', '=', id).execute();
    const certificates = record.certificateIds.length === 0 ? '' : record.certificateIds.length === 1 ? ', with its certificate' : `, with its ${record.certificateIds.length} certificates`;
    lineAboutPa(ctx, record.workerId, id, `Deleted the “${record.topicName}” training done on ${dateInWords(record.completedOn)}${certificates}`);
    return { deleted: true as const };
  },

  'training.saveStandard': async (ctx, input) => {
    const db = ctx.db();
    await requireWorker(db, input.workerId);
    const standards = careCertificateStandards(input.version);
    refuseFields(standardProblems(input, ctx.today(), standards.length));
    const profile = await readProfile(db, input.workerId);
    if (profile.careCertVersion !== input.version) await saveProfile(db, input.workerId, { ...profile, careCertVersion: input.version });
    const before = await db
      .selectFrom('careCertificateStandard')
      .selectAll()
      .where('workerId', '=', input.workerId)
      .where('version', '=', input.version)
      .where('standard', '=', input.standard)
      .executeTakeFirst();
    const values = { status: input.status, assessedOn: input.on, assessor: input.assessor };
    await db
      .insertInto('careCertificateStandard')
      .values({ id: randomUUID(), workerId: input.workerId, version: input.version, standard: input.standard, ...values })
      .onConflict((oc) => oc.columns(['workerId', 'version', 'standard']).doUpdateSet(values))
      .execute();
    const title = standards[input.standard - 1]!.title;
    lineAboutPa(ctx, input.workerId, input.workerId, `Care Certificate standard ${input.standard}, ${title}: ${STANDARD_STATUS_WORDS[input.status].toLowerCase()}`, [
      { field: 'Status', from: before ? STANDARD_STATUS_WORDS[before.status as 'competent'] : 'Not started', to: STANDARD_STATUS_WORDS[input.status] },
      ...(input.on !== (before?.assessedOn ?? '') ? [{ field: 'Date', from: before?.assessedOn ? dateInWords(before.assessedOn) : '', to: input.on ? dateInWords(input.on) : '' }] : []),
      ...(input.assessor !== (before?.assessor ?? '') ? [{ field: 'Assessor', from: before?.assessor ?? '', to: input.assessor }] : []),
    ]);
    return readCareCertificate(db, input.workerId);
  },

  'training.setCareCertificate': async (ctx, { workerId, version, completedOn }) => {
    const db = ctx.db();
    await requireWorker(db, workerId);
    refuseFields(careCertificateProblems(completedOn, ctx.today()));
    const before = await readProfile(db, workerId);
    await saveProfile(db, workerId, { ...before, careCertVersion: version, careCertCompletedOn: completedOn });
    lineAboutPa(ctx, workerId, workerId, completedOn ? `Recorded the Care Certificate completed on ${dateInWords(completedOn)}` : 'Changed the Care Certificate', [
      ...(before.careCertVersion !== version ? [{ field: 'Version', from: before.careCertVersion, to: version }] : []),
      ...(before.careCertCompletedOn !== completedOn
        ? [{ field: 'Date they completed the Care Certificate', from: before.careCertCompletedOn ? dateInWords(before.careCertCompletedOn) : '', to: completedOn ? dateInWords(completedOn) : '' }]
        : []),
    ]);
    return readCareCertificate(db, workerId);
  },

  'training.saveQualification': async (ctx, input) => {
    const db = ctx.db();
    await requireWorker(db, input.workerId);
    refuseFields(qualificationProblems(input, ctx.today()));
    const before = input.id ? await readQualification(db, input.id) : null;
    const saved = await saveQualificationRow(db, input, ctx.now());
    lineAboutPa(
      ctx,
      saved.workerId,
      saved.id,
      before ? `Changed the qualification ${saved.name}` : `Recorded the qualification ${saved.name}`,
      changesBetween(qualificationSchema, before ?? {}, saved, { skip: ['id', 'workerId', 'referenceId'], values: { status: { 'working-towards': 'Working towards it', achieved: 'Achieved' } } }),
    );
    return saved;
  },

  'training.deleteQualification': async (ctx, { id }) => {
    const q = await readQualification(ctx.db(), id);
    await ctx.db().deleteFrom('trainingQualification').where('id', '=', id).execute();
    lineAboutPa(ctx, q.workerId, id, `Deleted the qualification ${q.name}`);
    return { deleted: true as const };
  },

  'training.savePlan': async (ctx, input) => {
    const db = ctx.db();
    await requireWorker(db, input.workerId);
    const topic = await requireTopic(db, ctx.today(), input.topicId);
    const before = input.id ? await readPlan(db, input.id) : null;
    if (before && before.workerId !== input.workerId) throw planNotFound();
    refuseFields(planProblems(input, ctx.today(), before === null));
    const id = await savePlanRow(db, input, ctx.now());
    lineAboutPa(
      ctx,
      input.workerId,
      id,
      before ? `Changed the plan for “${topic.name}”` : `Planned “${topic.name}” by ${dateInWords(input.targetOn)}`,
      changesBetween(planSchema, before ?? {}, input, { skip: ['id', 'workerId', 'topicId'] }),
    );
    return { ...input, id, topicName: topic.name };
  },

  'training.deletePlan': async (ctx, { id }) => {
    const plan = await readPlan(ctx.db(), id);
    const topics = await readTopics(ctx.db(), ctx.today());
    await ctx.db().deleteFrom('trainingPlan').where('id', '=', id).execute();
    lineAboutPa(ctx, plan.workerId, id, `Took “${topics.find((t) => t.id === plan.topicId)?.name ?? 'a topic'}” off the plan`);
    return { deleted: true as const };
  },
};
