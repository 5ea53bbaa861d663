import { addDaysIso, addMonthsIso, dateInWords } from '../../shared/dates.js';
import { valueOn } from '../../shared/reference/dated.js';
import { careCertificateStandards } from '../../shared/reference/training-care-certificate.js';
import { TRAINING_TOPICS } from '../../shared/reference/training-topics.js';
import type { HowGiven } from '../../shared/api/index.js';
import { idMaker, insertRows, type ExampleBook } from '../example/example-book.js';
import type {
  CareCertificateStandardTable,
  TrainingPlanTable,
  TrainingProfileTable,
  TrainingQualificationTable,
  TrainingRecordTable,
  TrainingOwnTopicTable,
} from './schema.js';

/**
 * The example PAs' training: the Care Certificate soon after they started, then each topic
 * they need, refreshed when it is due, some a little late. So today some training is valid,
 * some due within weeks, a little has run out and something is missing. A few of the employer's
 * own topics (a large book has enough for a 40-topic matrix), a qualification or two, costs
 * and funding claims, and one refresher already planned.
 */

const OWN_TOPICS: readonly [string, number, number | null][] = [
  ['PEG feeding', 38, 12],
  ['Lone working', 9, 36],
  ['Catheter care', 33, 12],
  ['Diabetes and insulin awareness', 29, 24],
  ['Dementia awareness', 2, 36],
  ['Stroke awareness', 36, 36],
  ['Sensory loss awareness', 40, 36],
  ['End of life care', 17, 36],
  ['Driving the person supported', 21, 12],
  ['COSHH', 30, 36],
  ['Stoma care', 38, 24],
  ['Managing conflict', 37, 36],
];
const PROVIDERS = ['Example Training Ltd', 'Local authority learning team', 'Example College', 'St John Ambulance (example)'];
const HOW: readonly HowGiven[] = ['face-to-face', 'e-learning', 'on-the-job', 'face-to-face', 'e-learning', 'with-person-supported'];

export async function fillTraining({ db, today, size, random: sequence, record }: ExampleBook): Promise<void> {
  const random = sequence('training');
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const id = idMaker(random);
  const at = `${today}T09:00:00.000Z`;
  const large = size.pas >= 20;

  const ownTopics: TrainingOwnTopicTable[] = OWN_TOPICS.slice(0, large ? OWN_TOPICS.length : 2).map(([name, category, intervalMonths]) => ({
    id: id(),
    name,
    category,
    intervalMonths,
    requiredForAll: large ? 1 : 0,
    active: 1,
    custom: 1,
    updatedAt: at,
  }));
  await insertRows(db, 'trainingOwnTopic', ownTopics);
  await db.insertInto('trainingSetting').values({ id: 1, localEstId: 'EXAMPLE01', dueWithinDays: 60 }).execute();
  for (const t of ownTopics) record({ at, method: 'training.saveTopic', recordId: t.id, summary: `Added the training topic “${t.name}”` });

  const builtIn = valueOn(TRAINING_TOPICS, today)!;
  // What each PA needs: everything usual, plus a couple of others for some.
  const topicsFor = (i: number) => [
    // In a large book, every fifth PA has done every topic Carebook knows, so the matrix has them all.
    ...builtIn.filter((t) => t.usual || (large && i % 5 === 4) || (i % 3 === 0 && (t.id === 'epilepsy' || t.id === 'oliver-mcgowan-tier-2')) || (i % 4 === 1 && t.id === 'challenging-behaviour')),
    ...ownTopics.filter((t) => t.requiredForAll === 1 || i % 2 === 0).map((t) => ({ id: t.id, name: t.name, intervalMonths: t.intervalMonths })),
  ];

  const workers = await db.selectFrom('worker').select(['id', 'fullName', 'status', 'startDate', 'leftOn']).orderBy('createdAt').execute();
  const records: TrainingRecordTable[] = [];
  const profiles: TrainingProfileTable[] = [];
  const standards: CareCertificateStandardTable[] = [];
  const quals: TrainingQualificationTable[] = [];
  const plans: TrainingPlanTable[] = [];
  const paRequirements: { id: string; workerId: string; topicId: string }[] = [];
  const newest = workers.filter((w) => w.status === 'active').sort((a, b) => b.startDate.localeCompare(a.startDate))[0]?.id;

  workers.forEach((w, i) => {
    if (!w.startDate || w.startDate > today) return;
    const until = w.status === 'left' ? w.leftOn : today;
    const line = (recordId: string, on: string, method: string, summary: string) =>
      record({ workerId: w.id, kind: 'training', recordId, at: `${on}T15:00:00.000Z`, method, summary });
    // The newest PA is part-way through the Care Certificate; everyone else finished it in about 10 weeks.
    const isNewest = w.id === newest && addDaysIso(w.startDate, 84) > today;
    const ccDone = isNewest ? '' : addDaysIso(w.startDate, between(56, 80));
    profiles.push({ id: id(), workerId: w.id, roleCode: i % 7 === 3 ? 7 : i % 2 === 0 ? 52 : 8, careCertVersion: w.startDate >= '2025-08-01' ? '2025' : '2015', careCertCompletedOn: ccDone && ccDone <= until ? ccDone : '' });
    const version = w.startDate >= '2025-08-01' ? '2025' : '2015';
    careCertificateStandards(version).forEach((s, k) => {
      const on = addDaysIso(w.startDate, 7 + k * 4);
      const done = isNewest ? k < 6 && on <= today : true;
      if (!done && !(isNewest && k < 9)) return;
      standards.push({ id: id(), workerId: w.id, version, standard: s.number, status: done ? 'competent' : 'in-progress', assessedOn: done ? on : '', assessor: done ? 'Alex Example' : '' });
    });
    if (i % 3 === 0) paRequirements.push({ id: id(), workerId: w.id, topicId: 'epilepsy' });

    // Which of this PA's topics is out of order today: in the small book, one run out and
    // one due soon, both the longest-serving PA's (the newer ones' training is all recent); in a large
    // book a few of each, and a few never done.
    const nth = workers.filter((x) => x.status === 'active').sort((a, b) => a.startDate.localeCompare(b.startDate)).findIndex((x) => x.id === w.id);
    const stateOf = (topicId: string): 'valid' | 'due' | 'expired' | 'missing' => {
      if (!large) return nth === 0 && topicId === 'fire-safety' ? 'due' : nth === 0 && topicId === 'moving-people' ? 'expired' : 'valid';
      const r = random();
      return r < 0.04 ? 'expired' : r < 0.12 ? 'due' : r < 0.14 ? 'missing' : 'valid';
    };
    for (const topic of topicsFor(i)) {
      const state = w.status === 'active' ? stateOf(topic.id) : 'valid';
      if (state === 'missing') continue;
      const firstOn = addDaysIso(w.startDate, between(3, 60));
      const dates: string[] = [];
      if (topic.intervalMonths === null) dates.push(firstOn);
      else {
        // The latest, placed so that it expires when its state says (expiry = done + interval − 1 day).
        const expiresIn = state === 'due' ? between(10, 45) : state === 'expired' ? -between(5, 40) : between(75, Math.max(80, topic.intervalMonths * 30 - 20));
        let on = addDaysIso(addMonthsIso(addDaysIso(until, expiresIn), -topic.intervalMonths), 1);
        if (on < firstOn) on = firstOn;
        // Refreshed around when it ran out: usually a few weeks early, sometimes a little late.
        for (; on >= firstOn; on = addDaysIso(addMonthsIso(on, -topic.intervalMonths), between(-25, 40))) dates.unshift(on);
        if (dates[0]! > addMonthsIso(firstOn, topic.intervalMonths)) dates.unshift(firstOn);
      }
      dates.forEach((on, k) => {
        if (on > until) return;
        const how = HOW[between(0, HOW.length - 1)]!;
        const rid = id();
        const cost = how === 'face-to-face' && random() < 0.5 ? between(30, 120) * 100 : 0;
        const claimed = cost > 0 && random() < 0.6 ? addDaysIso(on, between(5, 40)) : '';
        const claimedBy = claimed && claimed <= today ? claimed : '';
        records.push({
          id: rid,
          workerId: w.id,
          topicId: topic.id,
          completedOn: on,
          provider: how === 'on-the-job' || how === 'with-person-supported' ? '' : PROVIDERS[between(0, PROVIDERS.length - 1)]!,
          how,
          hoursHundredths: how === 'e-learning' ? 150 : how === 'on-the-job' ? 200 : 300,
          expiresOverride: '',
          accredited: how === 'face-to-face' ? 1 : 0,
          costPence: cost,
          fundingClaimedOn: claimedBy,
          fundingClaimPence: claimedBy ? cost : 0,
          fundingPaidOn: claimedBy && addDaysIso(claimedBy, 30) <= today ? addDaysIso(claimedBy, 30) : '',
          otherEmployer: k === 0 && i % 4 === 3 ? 'A previous care agency' : '',
          notes: '',
          createdAt: `${on}T15:00:00.000Z`,
          updatedAt: `${on}T15:00:00.000Z`,
        });
        line(rid, on, 'training.saveRecord', `Recorded “${topic.name}” training done on ${dateInWords(on)}`);
      });
    }
    if (i % 3 === 1 && w.startDate >= '2024-06-03') {
      const started = addDaysIso(w.startDate, 90);
      const achieved = addMonthsIso(started, 7);
      if (started <= until) {
        const done = achieved <= until;
        quals.push({ id: id(), workerId: w.id, referenceId: 'l2-asc-certificate', name: 'Level 2 Adult Social Care Certificate', level: 2, code: 158, status: done ? 'achieved' : 'working-towards', startedOn: started, achievedOn: done ? achieved : '', createdAt: `${started}T10:00:00.000Z` });
      }
    } else if (i % 3 === 2) {
      const started = addDaysIso(w.startDate, 200);
      if (addMonthsIso(started, 12) <= until) {
        quals.push({ id: id(), workerId: w.id, referenceId: 'apprenticeship-adult-care-worker', name: 'Adult care worker apprenticeship (standard)', level: 2, code: 302, status: 'achieved', startedOn: started, achievedOn: addMonthsIso(started, 12), createdAt: `${started}T10:00:00.000Z` });
      }
    }
  });

  // The fire safety refresher running out soonest is already booked; what has run out waits to be planned.
  const latest = new Map<string, TrainingRecordTable>();
  for (const r of records) if ((latest.get(`${r.workerId} ${r.topicId}`)?.completedOn ?? '') < r.completedOn) latest.set(`${r.workerId} ${r.topicId}`, r);
  const soon = [...latest.values()].find((r) => r.topicId === 'fire-safety' && workers.find((w) => w.id === r.workerId)?.status === 'active');
  if (soon) plans.push({ id: id(), workerId: soon.workerId, topicId: 'fire-safety', targetOn: addDaysIso(today, 14), note: 'Booked with the local fire service', createdAt: at });

  // Written in the order of their indexes, so any database reads them back in the same order.
  const by = <T>(...keys: (keyof T)[]) => (a: T, b: T) => {
    for (const k of keys) if (a[k] !== b[k]) return (a[k] as string | number) < (b[k] as string | number) ? -1 : 1;
    return 0;
  };
  profiles.sort(by('workerId'));
  standards.sort(by('workerId', 'version', 'standard'));
  records.sort(by('workerId', 'topicId', 'completedOn'));
  quals.sort(by('workerId'));
  plans.sort(by('workerId'));
  paRequirements.sort(by('workerId', 'topicId'));
  await insertRows(db, 'trainingProfile', profiles);
  await insertRows(db, 'careCertificateStandard', standards);
  await insertRows(db, 'trainingRecord', records);
  await insertRows(db, 'trainingQualification', quals);
  await insertRows(db, 'trainingPlan', plans);
  await insertRows(db, 'trainingPaRequirement', paRequirements);
}
