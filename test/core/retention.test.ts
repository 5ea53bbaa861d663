import type { Kysely } from 'kysely';
import { describe, expect, test } from 'vitest';
import { RECORD_KINDS } from '../../electron/shared/api/index.js';
import type { Schema } from '../../electron/core/db/schema.js';
import { retentionAttention } from '../../electron/core/retention/attention.js';
import { contextOn, coreWithBook, type TestCore, withBook } from './helpers.js';

const TABLES = ['rightToWorkCheck', 'dbsCheck', 'workerReference', 'interview', 'contractVersion', 'document'] as const;

/** How many rows each table holds for one PA, read straight from the database. */
async function rowsFor(db: Kysely<Schema>, workerId: string) {
  const counts: Record<string, number> = {};
  counts.worker = (await db.selectFrom('worker').select('id').where('id', '=', workerId).execute()).length;
  for (const table of TABLES) counts[table] = (await db.selectFrom(table).select('id').where('workerId', '=', workerId).execute()).length;
  counts.dbsStatusCheck = (
    await db.selectFrom('dbsStatusCheck').innerJoin('dbsCheck', 'dbsCheck.id', 'dbsStatusCheck.dbsCheckId').select('dbsStatusCheck.id').where('dbsCheck.workerId', '=', workerId).execute()
  ).length;
  counts.documentContent = (
    await db.selectFrom('documentContent').innerJoin('document', 'document.id', 'documentContent.documentId').select('documentId').where('document.workerId', '=', workerId).execute()
  ).length;
  return counts;
}

/** A PA with a record of every kind, and a document for each, filed as the documents area files them. */
async function fullRecord(core: TestCore, folder: string, input: { fullName: string; status: 'active' | 'applicant'; startDate: string }, at: Date) {
  const w = await core.ok('workers.create', input);
  const rtw = await core.ok('checks.saveRightToWork', { workerId: w.id, checkedOn: '2018-01-02', method: 'documents', permission: 'unlimited' });
  const dbs = await core.ok('checks.saveDbs', { workerId: w.id, level: 'enhanced', adultsBarredList: true, childrenBarredList: false, issuedOn: '2018-01-01', updateServiceJoinedOn: '2018-01-03' });
  await core.ok('checks.addDbsStatusCheck', { dbsCheckId: dbs.id, checkedOn: '2019-01-01', result: 'no-change' });
  const ref = await core.ok('checks.saveReference', { workerId: w.id, refereeName: 'Old Boss', outcome: 'satisfactory' });
  await core.ok('checks.saveInterview', { workerId: w.id, heldOn: '2017-12-01', answers: [], outcome: 'offer' });
  const contractId = crypto.randomUUID();
  await withBook(core, folder, async (db) => {
    await db
      .insertInto('contractVersion')
      .values({ id: contractId, workerId: w.id, version: 1, appliesFrom: '2018-01-08', terms: '{}', issuedOn: '2018-01-05', agreedOn: '', createdAt: at.toISOString() })
      .execute();
    const doc = (kind: string, linkedId: string) => ({
      id: crypto.randomUUID(),
      workerId: w.id,
      kind,
      label: kind,
      fileName: `${kind}.pdf`,
      mediaType: 'application/pdf',
      bytes: 1,
      sha256: 'x',
      linkedId,
      addedAt: at.toISOString(),
    });
    const docs = [
      doc('right-to-work', rtw.id),
      doc('right-to-work', ''), // a copy not filed against a check
      doc('other', rtw.id), // filed against the check, whatever its kind
      doc('reference', ref.id),
      doc('signed-statement', contractId),
      doc('other', ''),
    ];
    await db.insertInto('document').values(docs).execute();
    await db.insertInto('documentContent').values(docs.map((d) => ({ documentId: d.id, data: new Uint8Array([7]) }))).execute();
  });
  return w;
}

/** The kinds these tests are about; an area that adds a kind adds a row, checked by the set of kinds. */
const FOUR = ['right-to-work', 'recruitment', 'contracts', 'personnel-file'];
const theFour = <T extends { kind: string }>(rows: T[]) => rows.filter((r) => FOUR.includes(r.kind));

describe('keeping and deleting a PA’s records', () => {
  test('someone still working: the dates wait for them to leave, and deletion is refused', async () => {
    const { core } = await coreWithBook({ now: () => new Date('2026-05-01T12:00:00Z') });
    const w = await core.ok('workers.create', { status: 'active', fullName: 'Sam Carter', startDate: '2024-01-08' });
    const all = await core.ok('retention.list', { workerId: w.id });
    expect(all.map((r) => r.kind)).toEqual(RECORD_KINDS.filter((k) => k !== 'applicant'));
    const rows = theFour(all);
    expect(rows.map((r) => [r.kind, r.count, r.mayDeleteFrom, r.mayDeleteNow])).toEqual([
      ['right-to-work', 0, '', false],
      ['recruitment', 0, '', false],
      ['contracts', 0, '', false],
      ['personnel-file', 1, '', false],
    ]);
    expect(rows[3]!.label).toBe('Their personal details and any other records');
    const refused = await core.fails('retention.delete', { workerId: w.id, kind: 'right-to-work', confirm: true });
    expect(refused).toEqual({
      code: 'invalid_input',
      message: 'They still work for you, so keep these records. You can delete them once they have left and the time to keep them has passed',
    });
    expect((await core.fails('retention.delete', { workerId: w.id, kind: 'right-to-work', confirm: false })).fields).toEqual({
      confirm: 'Confirm that you want to delete these records',
    });
    expect((await core.fails('retention.list', { workerId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });

  test('someone who left: each kind from its own date, refused before it, deleted completely after', async () => {
    let now = new Date('2026-05-01T12:00:00Z');
    const { core, folder } = await coreWithBook({ now: () => now });
    const w = await fullRecord(core, folder, { status: 'active', fullName: 'Sam Carter', startDate: '2018-01-08' }, now);
    const other = await fullRecord(core, folder, { status: 'active', fullName: 'Priya Shah', startDate: '2018-01-08' }, now);
    await core.ok('workers.setStatus', { id: w.id, status: 'left', leftOn: '2024-02-29', leftReason: 'Moved away' });

    const rows = theFour(await core.ok('retention.list', { workerId: w.id }));
    expect(rows.map((r) => [r.kind, r.count, r.mayDeleteFrom, r.mayDeleteNow])).toEqual([
      ['right-to-work', 4, '2026-02-28', true], // 1 check + 3 documents
      ['recruitment', 4, '2030-02-28', false], // DBS, reference, interview + the reference's document
      ['contracts', 2, '2030-02-28', false], // 1 version + its signed statement
      ['personnel-file', 2, '2030-03-29', false], // them + one other document, kept as long as their pay and hours records (73 months)
    ]);
    expect(rows[0]).toMatchObject({ rule: 'Keep right-to-work copies while they work for you and for 2 years after.', source: 'REFERENCE §1.3, §1.13 [11]' });

    const early = await core.fails('retention.delete', { workerId: w.id, kind: 'recruitment', confirm: true });
    expect(early.code).toBe('invalid_input');
    expect(early.message).toMatch(/^You can delete these records from 28 February 2030\. Until then, keep them\./);
    expect((await core.fails('retention.delete', { workerId: w.id, kind: 'applicant', confirm: true })).message).toMatch(/^They worked for you/);

    // Home offers the deletion: one item for them, none for the PA still working.
    await withBook(core, folder, async (db) => {
      const ctx = contextOn(db, '2026-05-01', now);
      expect((await retentionAttention(ctx)).map((i) => [i.id, i.urgency, i.due, i.action.to])).toEqual([
        [`retention.may-delete.${w.id}`, 'good-practice', '2026-02-28', `/pas/${w.id}/records`],
      ]);
    });

    expect(await core.ok('retention.delete', { workerId: w.id, kind: 'right-to-work', confirm: true })).toEqual({ deleted: 4 });
    await withBook(core, folder, async (db) => {
      expect(await rowsFor(db, w.id)).toEqual({
        worker: 1,
        rightToWorkCheck: 0,
        dbsCheck: 1,
        dbsStatusCheck: 1,
        workerReference: 1,
        interview: 1,
        contractVersion: 1,
        document: 3,
        documentContent: 3,
      });
      const ctx = contextOn(db, '2026-05-01', now);
      expect(await retentionAttention(ctx)).toEqual([]);
    });

    now = new Date('2030-02-28T12:00:00Z');
    expect(await core.ok('retention.delete', { workerId: w.id, kind: 'recruitment', confirm: true })).toEqual({ deleted: 4 });
    expect(await core.ok('retention.delete', { workerId: w.id, kind: 'contracts', confirm: true })).toEqual({ deleted: 2 });
    expect(theFour(await core.ok('retention.list', { workerId: w.id })).map((r) => r.count)).toEqual([0, 0, 0, 2]);
    // Their own record goes last: after their pay and hours records may go (73 months).
    now = new Date('2030-03-29T12:00:00Z');
    expect(await core.ok('retention.delete', { workerId: w.id, kind: 'personnel-file', confirm: true })).toEqual({ deleted: 2 });
    expect((await core.fails('workers.get', { id: w.id })).code).toBe('not_found');

    await withBook(core, folder, async (db) => {
      expect(Object.values(await rowsFor(db, w.id)).every((n) => n === 0)).toBe(true);
      // The other PA's records are all still there.
      expect(await rowsFor(db, other.id)).toEqual({
        worker: 1,
        rightToWorkCheck: 1,
        dbsCheck: 1,
        dbsStatusCheck: 1,
        workerReference: 1,
        interview: 1,
        contractVersion: 1,
        document: 6,
        documentContent: 6,
      });
    });
  });

  test('someone who never started: one kind, six months after, and it deletes them completely', async () => {
    let now = new Date('2026-05-01T12:00:00Z');
    const { core, folder } = await coreWithBook({ now: () => now });
    const w = await fullRecord(core, folder, { status: 'applicant', fullName: 'Grace Okafor', startDate: '' }, now);

    const applying = await core.ok('retention.list', { workerId: w.id });
    expect(applying.map((r) => [r.kind, r.count, r.mayDeleteFrom])).toEqual([['applicant', 12, '']]);
    expect((await core.fails('retention.delete', { workerId: w.id, kind: 'applicant', confirm: true })).message).toBe(
      'They are still applying, so keep these records. If they will not be working for you, record that they have left first',
    );

    await core.ok('workers.setStatus', { id: w.id, status: 'left', leftOn: '2026-04-30', leftReason: 'Not offered the job' });
    const rows = await core.ok('retention.list', { workerId: w.id });
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'applicant', label: 'Everything about their application', count: 12, mayDeleteFrom: '2026-10-30', mayDeleteNow: false }),
    ]);
    expect((await core.fails('retention.delete', { workerId: w.id, kind: 'right-to-work', confirm: true })).message).toMatch(/^They never worked for you/);
    expect((await core.fails('retention.delete', { workerId: w.id, kind: 'applicant', confirm: true })).message).toMatch(/from 30 October 2026/);

    now = new Date('2026-10-30T09:00:00Z');
    expect(await core.ok('retention.delete', { workerId: w.id, kind: 'applicant', confirm: true })).toEqual({ deleted: 12 });
    await withBook(core, folder, async (db) => {
      expect(Object.values(await rowsFor(db, w.id)).every((n) => n === 0)).toBe(true);
      expect(await db.selectFrom('documentContent').select('documentId').execute()).toEqual([]);
      expect(await db.selectFrom('dbsStatusCheck').select('id').execute()).toEqual([]);
    });
  });
});
