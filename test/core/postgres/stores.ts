import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { REGISTRY } from '../../../electron/core/areas.js';
import {
  addDbsStatusCheck,
  deleteCheck,
  findCheck,
  readChecks,
  readDbs,
  saveDbs,
  saveInterview,
  saveReference,
  saveRightToWork,
} from '../../../electron/core/checks/store.js';
import { insertVersion, readVersion, readVersions, readVersionsOf, setVersionDate } from '../../../electron/core/contracts/store.js';
import type { Schema } from '../../../electron/core/db/schema.js';
import { linkableRecords } from '../../../electron/core/documents/filing.js';
import { deleteDocument, insertDocument, listDocuments, readContent, readDocument, renameDocument } from '../../../electron/core/documents/store.js';
import { readEmployer, writeEmployer, writeEmployerSection } from '../../../electron/core/employer/store.js';
import { forgetLines, historySize, insertLines, readLines } from '../../../electron/core/history/store.js';
import { countHoldings, deleteHoldings, holdingsOf } from '../../../electron/core/retention/store.js';
import { readSettings, writeSettings } from '../../../electron/core/settings/store.js';
import {
  deleteWorker,
  existingIdentities,
  findWorker,
  insertWorkers,
  listWorkers,
  longestServing,
  newWorkerRow,
  readWorker,
  requireWorker,
  setJobTitle,
  updateWorkerDetails,
  writeStatus,
} from '../../../electron/core/workers/store.js';
import { dbsSchema, employerSchema, interviewSchema, referenceSchema, rightToWorkSchema, workerDetailsSchema } from '../../../electron/shared/api/index.js';
import { CWP_VALUE_IDS } from '../../../electron/shared/reference/care-workforce-pathway.js';

/**
 * The core's store functions, run as the app runs them, on whichever database they are given.
 * READS answer from the example book; both databases must give the same answers. The write
 * scenario asserts what each write does, so the same assertions passing on SQLite and on
 * PostgreSQL show the SQL outside db/ does not depend on SQLite.
 */

/** What the reads are about: one PA, one of their documents, and every PA. */
export interface About {
  pa: string;
  everyone: string[];
  document: string;
}

export async function aboutExample(db: Kysely<Schema>): Promise<About> {
  const everyone = (await db.selectFrom('worker').select('id').orderBy('id').execute()).map((w) => w.id);
  // A PA with a contract and a document, so no read is of nothing.
  const doc = await db
    .selectFrom('document')
    .select(['id', 'workerId'])
    .where('workerId', 'in', db.selectFrom('contractVersion').select('workerId'))
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  return { pa: doc.workerId, everyone, document: doc.id };
}

export const READS: Record<string, (db: Kysely<Schema>, about: About) => Promise<unknown>> = {
  listWorkers: (db) => listWorkers(db, { search: '', show: 'all' }),
  'listWorkers (search)': (db) => listWorkers(db, { search: 'a', show: 'current' }),
  readWorker: (db, { pa }) => readWorker(db, pa),
  existingIdentities: (db) => existingIdentities(db),
  longestServing: (db) => longestServing(db),
  readChecks: (db, { pa }) => readChecks(db, pa),
  readVersions: (db, { pa }) => readVersions(db, pa),
  readVersionsOf: (db, { everyone }) => readVersionsOf(db, everyone),
  listDocuments: (db, { pa }) => listDocuments(db, pa),
  readContent: (db, { document }) => readContent(db, document),
  linkableRecords: (db, { everyone }) => linkableRecords(db, REGISTRY, everyone),
  holdingsOf: (db, { everyone }) => holdingsOf(db, REGISTRY, everyone),
  readEmployer: (db) => readEmployer(db),
  readSettings: (db) => readSettings(db),
  readLines: (db) => readLines(db, { area: '', limit: 25 }, (area) => area),
  'readLines (one PA, one area, before an id)': (db, { pa }) => readLines(db, { workerId: pa, area: 'checks', before: 1_000_000, limit: 3 }, (area) => area),
  historySize: (db) => historySize(db),
};

/** A value as JSON, with bytes as hex and maps as objects: SQLite gives a Buffer where PostgreSQL gives a Uint8Array. */
export function comparable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
      const original = this[key];
      if (original instanceof Uint8Array) return `bytes:${Buffer.from(original).toString('hex')}`;
      if (original instanceof Map) return Object.fromEntries(original);
      return v;
    }),
  );
}

const MISSING = '00000000-0000-4000-8000-000000000000';

/** Bytes that text would mangle: a nul, a high byte, a PDF's first line. */
const FILE = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0a]);

/** Every write the stores can make, each checked by reading it back. Returns how many store functions it ran. */
export async function everyWrite(db: Kysely<Schema>, now: Date): Promise<number> {
  const ran = new Set<string>();
  const run = <T>(name: string, result: Promise<T>) => (ran.add(name), result);

  // Workers
  const details = workerDetailsSchema.parse({ fullName: 'Zoë Portable', jobTitle: 'PA', startDate: '2026-01-05' });
  const pa = newWorkerRow(details, 'active', now);
  await run('insertWorkers', insertWorkers(db, [pa]));
  await run('requireWorker', requireWorker(db, pa.id));
  await expect(requireWorker(db, MISSING)).rejects.toMatchObject({ code: 'not_found' });
  expect(await run('findWorker', findWorker(db, MISSING))).toBeNull();
  await run('updateWorkerDetails', updateWorkerDetails(db, pa.id, { ...details, preferredName: 'Zo' }, now));
  await run('setJobTitle', setJobTitle(db, pa.id, 'Senior PA', now));
  // The search folds accents ("zoe" finds Zoë) in JS, whichever database holds the names.
  const found = await run('listWorkers', listWorkers(db, { search: 'zoe', show: 'current' }));
  expect(found.map((w) => [w.id, w.preferredName, w.jobTitle])).toEqual([[pa.id, 'Zo', 'Senior PA']]);
  expect(await run('existingIdentities', existingIdentities(db))).toContainEqual({ fullName: 'Zoë Portable', dateOfBirth: '', niNumber: '' });
  expect(await run('longestServing', longestServing(db))).not.toEqual({ id: pa.id, fullName: 'Zoë Portable' });
  const workerId = pa.id;

  // Checks: 0/1 flags in an integer column (bigint on PostgreSQL) must come back as booleans.
  const timeLimited = rightToWorkSchema.parse({ workerId, checkedOn: '2026-01-02', method: 'online', permission: 'time-limited', permissionEndsOn: '2027-06-30' });
  const rtw = await run('saveRightToWork', saveRightToWork(db, timeLimited, now));
  expect(rtw.followUpDueOn).toBe('2027-06-30');
  const { followUpDueOn: _due, ...saved } = rtw;
  const corrected = await saveRightToWork(db, rightToWorkSchema.parse({ ...saved, evidence: 'Share code W12' }), now);
  expect(corrected).toMatchObject({ id: rtw.id, evidence: 'Share code W12' });
  const enhanced = dbsSchema.parse({ workerId, level: 'enhanced', adultsBarredList: true, childrenBarredList: false, issuedOn: '2026-01-03' });
  const dbs = await run('saveDbs', saveDbs(db, enhanced, now));
  expect(dbs).toMatchObject({ adultsBarredList: true, childrenBarredList: false, statusCheckConsent: false, statusChecks: [] });
  await run('addDbsStatusCheck', addDbsStatusCheck(db, { dbsCheckId: dbs.id, checkedOn: '2026-03-01', result: 'no-change', note: '' }));
  const [status] = (await run('readDbs', readDbs(db, dbs.id))).statusChecks;
  expect(status).toMatchObject({ checkedOn: '2026-03-01', result: 'no-change' });
  const reference = referenceSchema.parse({ workerId, refereeName: 'Ann Referee', outcome: 'satisfactory', receivedOn: '2026-01-04' });
  await run('saveReference', saveReference(db, reference, now));
  const answers = [{ value: CWP_VALUE_IDS[0], question: 'Why care work?', notes: 'Cared for a grandparent' }];
  const interview = await run('saveInterview', saveInterview(db, interviewSchema.parse({ workerId, heldOn: '2025-12-20', answers, outcome: 'offer' }), now));
  expect(interview.answers).toEqual(answers);
  const checks = await run('readChecks', readChecks(db, workerId));
  expect([checks.rightToWork, checks.dbs, checks.references, checks.interviews].map((list) => list.length)).toEqual([1, 1, 1, 1]);
  expect(await run('findCheck', findCheck(db, 'dbs-status', status!.id))).toMatchObject({ workerId, recordId: dbs.id });

  // Documents: bytes in, the same bytes out.
  const pdf = { workerId, fileName: 'share.pdf', mediaType: 'application/pdf' };
  const doc = await run('insertDocument', insertDocument(db, { ...pdf, kind: 'right-to-work', label: 'Share code', linkedId: rtw.id }, FILE, now));
  expect(doc.bytes).toBe(FILE.byteLength);
  const note = await insertDocument(db, { ...pdf, kind: 'other', label: 'Note', linkedId: '' }, FILE, new Date(now.getTime() + 1000));
  expect((await run('listDocuments', listDocuments(db, workerId))).map((d) => d.id)).toEqual([note.id, doc.id]);
  expect(Buffer.from((await run('readContent', readContent(db, doc.id))).data)).toEqual(Buffer.from(FILE));
  expect(await run('renameDocument', renameDocument(db, doc.id, 'Share code result'))).toMatchObject({ label: 'Share code result' });
  expect(await run('readDocument', readDocument(db, doc.id))).toMatchObject({ label: 'Share code result', linkedId: rtw.id });
  await run('deleteDocument', deleteDocument(db, note.id));
  expect((await run('linkableRecords', linkableRecords(db, REGISTRY, [workerId]))).get(rtw.id)).toBe('right-to-work');

  // Contracts: terms as the example book wrote them, for the new PA.
  const example = await db.selectFrom('contractVersion').select('terms').orderBy('id').limit(1).executeTakeFirstOrThrow();
  const terms = { ...JSON.parse(example.terms), workerId, appliesFrom: '2026-01-05' };
  const first = await run('insertVersion', insertVersion(db, terms, 1, now));
  await insertVersion(db, { ...terms, appliesFrom: '2026-04-01', hourlyRatePence: 1400 }, 2, now);
  expect((await run('readVersions', readVersions(db, workerId))).map((v) => [v.version, v.hourlyRatePence])).toEqual([
    [2, 1400],
    [1, terms.hourlyRatePence],
  ]);
  expect((await run('readVersionsOf', readVersionsOf(db, [workerId]))).get(workerId)).toHaveLength(2);
  expect(await run('setVersionDate', setVersionDate(db, first.id, 'issuedOn', '2026-01-06'))).toMatchObject({ issuedOn: '2026-01-06' });
  expect(await run('readVersion', readVersion(db, first.id))).toMatchObject({ version: 1, issuedOn: '2026-01-06' });

  // Employer: the single row's upsert, and whole pounds in an integer column.
  const employer = employerSchema.parse({ kind: 'individual', name: 'Alex Portable', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA' });
  await run('writeEmployer', writeEmployer(db, employer, now));
  await run('writeEmployerSection', writeEmployerSection(db, { insurer: 'Mutual', policyNumber: 'P1', coverPounds: 10_000_000, renewsOn: '2027-01-01' }, now));
  expect(await run('readEmployer', readEmployer(db))).toMatchObject({ name: 'Alex Portable', coverPounds: 10_000_000 });

  // Settings: key → JSON upserts.
  await run('writeSettings', writeSettings(db, { backupsToKeep: 20 }));
  expect((await run('readSettings', readSettings(db))).backupsToKeep).toBe(20);

  // History: the id orders lines, newest first, one page at a time.
  const before = await run('historySize', historySize(db));
  const line = (summary: string, kind: 'recruitment' | 'contracts') => ({ at: now.toISOString(), area: 'checks', method: 'checks.saveDbs', workerId, kind, summary });
  await run('insertLines', insertLines(db, [line('first', 'recruitment'), line('second', 'contracts'), line('third', 'recruitment')]));
  const page = await run('readLines', readLines(db, { workerId, area: 'checks', limit: 2 }, () => 'Checks'));
  expect([page.more, page.lines.map((l) => [l.summary, l.workerName])]).toEqual([
    true,
    [
      ['third', 'Zoë Portable'],
      ['second', 'Zoë Portable'],
    ],
  ]);
  const rest = await readLines(db, { workerId, area: 'checks', before: page.lines[1]!.id, limit: 2 }, () => 'Checks');
  expect(rest.lines.map((l) => l.summary)).toEqual(['first']);
  expect(await run('forgetLines', forgetLines(db, workerId, ['contracts']))).toBe(1);
  expect((await historySize(db)).lines).toBe(before.lines + 2);

  // Retention: count, then delete one kind (its history lines go with it).
  const holdings = (await run('holdingsOf', holdingsOf(db, REGISTRY, [workerId]))).get(workerId)!;
  expect(countHoldings(holdings)).toMatchObject({ 'right-to-work': 2, recruitment: 3, contracts: 2 });
  await run('deleteHoldings', deleteHoldings(db, workerId, 'recruitment', holdings));
  const left = await readChecks(db, workerId);
  expect([left.rightToWork, left.dbs, left.references, left.interviews].map((list) => list.length)).toEqual([1, 0, 0, 0]);
  expect((await readLines(db, { workerId, area: '', limit: 10 }, () => '')).lines).toEqual([]);

  // Deleting a check takes the documents filed against it; deleting the PA takes the rest.
  await run('deleteCheck', deleteCheck(db, 'right-to-work', rtw.id));
  expect(await listDocuments(db, workerId)).toEqual([]);
  const leaving = { status: 'left', startDate: '2026-01-05', leftOn: '2026-04-30', leftReason: 'Moved away' } as const;
  await run('writeStatus', writeStatus(db, workerId, leaving, now));
  expect(await run('readWorker', readWorker(db, workerId))).toMatchObject({ status: 'left', leftOn: '2026-04-30' });
  await run('deleteWorker', deleteWorker(db, workerId));
  expect(await findWorker(db, workerId)).toBeNull();
  expect(await readVersions(db, workerId)).toEqual([]);
  return ran.size;
}
