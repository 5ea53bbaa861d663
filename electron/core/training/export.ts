import type { Kysely } from 'kysely';
import type { AscWdsProblem, HowGiven, Qualification, Topic } from '../../shared/api/index.js';
import { writeCsv } from '../csv/write-csv.js';
import type { Schema } from '../db/schema.js';
import { exportProblems, trainingFile, workerFile, type ExportPa, type ExportRecord } from './asc-wds.js';
import { readSettings, toQualification } from './store.js';
import { readTopics } from './topics.js';

/** Everything the ASC-WDS files need from the book: the PAs working for you, their qualifications and training. */
export interface ExportData {
  localEstId: string;
  pas: ExportPa[];
  records: ExportRecord[];
  topics: Map<string, Topic>;
  problems: AscWdsProblem[];
}

export async function readExport(db: Kysely<Schema>, today: string): Promise<ExportData> {
  const [settings, topics, workers, started, quals, records] = await Promise.all([
    readSettings(db),
    readTopics(db, today),
    db
      .selectFrom('worker')
      .leftJoin('trainingProfile', 'trainingProfile.workerId', 'worker.id')
      .select(['worker.id', 'worker.fullName', 'worker.niNumber', 'worker.postcode', 'worker.dateOfBirth', 'worker.startDate', 'trainingProfile.roleCode', 'trainingProfile.careCertCompletedOn'])
      .where('worker.status', '=', 'active')
      .orderBy('worker.fullName')
      .execute(),
    db.selectFrom('careCertificateStandard').select('workerId').where('status', '!=', 'not-started').distinct().execute(),
    db.selectFrom('trainingQualification').selectAll().orderBy('achievedOn').execute(),
    db
      .selectFrom('trainingRecord')
      .innerJoin('worker', 'worker.id', 'trainingRecord.workerId')
      .select([
        'trainingRecord.id',
        'trainingRecord.workerId',
        'trainingRecord.topicId',
        'trainingRecord.completedOn',
        'trainingRecord.expiresOverride',
        'trainingRecord.accredited',
        'trainingRecord.provider',
        'trainingRecord.how',
        'trainingRecord.otherEmployer',
        'trainingRecord.notes',
      ])
      .where('worker.status', '=', 'active')
      .orderBy('worker.fullName')
      .orderBy('trainingRecord.completedOn')
      .execute(),
  ]);
  const startedIds = new Set(started.map((s) => s.workerId));
  const qualsBy = new Map<string, Qualification[]>();
  for (const q of quals) qualsBy.set(q.workerId, [...(qualsBy.get(q.workerId) ?? []), toQualification(q)]);
  const pas: ExportPa[] = workers.map((w) => ({
    id: w.id,
    fullName: w.fullName,
    niNumber: w.niNumber,
    postcode: w.postcode,
    dateOfBirth: w.dateOfBirth,
    startDate: w.startDate,
    roleCode: w.roleCode ?? null,
    careCertCompletedOn: w.careCertCompletedOn ?? '',
    careCertStarted: startedIds.has(w.id),
    qualifications: qualsBy.get(w.id) ?? [],
  }));
  return {
    localEstId: settings.localEstId,
    pas,
    records: records.map((r) => ({ ...r, accredited: r.accredited === 1, how: r.how as HowGiven })),
    topics: new Map(topics.map((t) => [t.id, t])),
    problems: exportProblems(settings.localEstId, pas, today),
  };
}

export function toCsv(data: ExportData, file: 'worker' | 'training', firstUpload: boolean, today: string): { fileName: string; csv: string } {
  // ASC-WDS reads the header row as the file's first characters: no byte-order mark.
  if (file === 'worker') {
    const { header, rows } = workerFile(data.localEstId, data.pas, firstUpload);
    return { fileName: `ASC-WDS workers ${today}.csv`, csv: writeCsv(header, rows, { byteOrderMark: false }) };
  }
  const { header, rows } = trainingFile(data.localEstId, data.records, data.topics);
  return { fileName: `ASC-WDS training ${today}.csv`, csv: writeCsv(header, rows, { byteOrderMark: false }) };
}
