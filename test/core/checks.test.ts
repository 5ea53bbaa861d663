import { describe, expect, test } from 'vitest';
import { coreWithBook, withBook } from './helpers.js';

const NOW = new Date('2026-05-01T12:00:00Z');

async function twoPas() {
  const { core, folder } = await coreWithBook({ now: () => NOW });
  const sam = await core.ok('workers.create', { status: 'active', fullName: 'Sam Carter', startDate: '2025-01-06' });
  const priya = await core.ok('workers.create', { status: 'active', fullName: 'Priya Shah', startDate: '2025-02-03' });
  return { core, folder, sam, priya };
}

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('right-to-work checks', () => {
  test('add, correct, newest first, with the follow-up date from the rules', async () => {
    const { core, sam } = await twoPas();
    const first = await core.ok('checks.saveRightToWork', {
      workerId: sam.id,
      checkedOn: '2025-01-02',
      method: 'online',
      evidence: 'Share code W12 345 678',
      permission: 'time-limited',
      permissionEndsOn: '2026-06-30',
    });
    expect(first).toMatchObject({ workerId: sam.id, permission: 'time-limited', permissionEndsOn: '2026-06-30', followUpDueOn: '2026-06-30', notes: '' });
    const second = await core.ok('checks.saveRightToWork', {
      workerId: sam.id,
      checkedOn: '2026-04-20',
      method: 'online',
      permission: 'unlimited',
      permissionEndsOn: '2030-01-01', // left over from the form: unlimited has no end
    });
    expect(second).toMatchObject({ permissionEndsOn: '', followUpDueOn: '' });

    const { followUpDueOn: _due, ...saved } = first;
    const corrected = await core.ok('checks.saveRightToWork', { ...saved, evidence: 'Share code W12 345 679' });
    expect(corrected).toEqual({ ...first, evidence: 'Share code W12 345 679' });
    const { rightToWork } = await core.ok('checks.get', { workerId: sam.id });
    expect(rightToWork.map((c) => c.checkedOn)).toEqual(['2026-04-20', '2025-01-02']);
  });

  test('time-limited needs an end date after the check', async () => {
    const { core, sam } = await twoPas();
    const base = { workerId: sam.id, checkedOn: '2025-01-02', method: 'documents', permission: 'time-limited' } as const;
    expect((await core.fails('checks.saveRightToWork', base)).fields).toEqual({ permissionEndsOn: 'Enter the date their permission to work ends' });
    const before = await core.fails('checks.saveRightToWork', { ...base, permissionEndsOn: '2025-01-01' });
    expect(Object.keys(before.fields ?? {})).toEqual(['permissionEndsOn']);
    expect((await core.ok('checks.get', { workerId: sam.id })).rightToWork).toEqual([]);
  });
});

describe('DBS checks', () => {
  test('the Update Service deadline, and status checks newest first', async () => {
    const { core, sam } = await twoPas();
    const dbs = await core.ok('checks.saveDbs', {
      workerId: sam.id,
      level: 'enhanced',
      adultsBarredList: true,
      childrenBarredList: false,
      certificateNumber: '001234567890',
      issuedOn: '2025-01-01',
    });
    expect(dbs).toMatchObject({
      adultsBarredList: true,
      childrenBarredList: false,
      statusCheckConsent: false,
      updateServiceJoinedOn: '',
      joinUpdateServiceBy: '2025-01-31',
      statusChecks: [],
    });
    const { joinUpdateServiceBy: _by, statusChecks: _checks, ...saved } = dbs;
    await core.ok('checks.saveDbs', { ...saved, updateServiceJoinedOn: '2025-01-10', statusCheckConsent: true });
    await core.ok('checks.addDbsStatusCheck', { dbsCheckId: dbs.id, checkedOn: '2025-06-01', result: 'no-change' });
    const after = await core.ok('checks.addDbsStatusCheck', { dbsCheckId: dbs.id, checkedOn: '2026-01-05', result: 'changed', note: 'New caution; talked it through' });
    expect(after).toMatchObject({ updateServiceJoinedOn: '2025-01-10', statusCheckConsent: true });
    expect(after.statusChecks.map((s) => [s.checkedOn, s.result])).toEqual([
      ['2026-01-05', 'changed'],
      ['2025-06-01', 'no-change'],
    ]);
    expect((await core.ok('checks.get', { workerId: sam.id })).dbs).toEqual([after]);

    const early = await core.fails('checks.addDbsStatusCheck', { dbsCheckId: dbs.id, checkedOn: '2024-12-31', result: 'no-change' });
    expect(early.fields).toEqual({ checkedOn: 'Date of the status check must be the same as or after the date the certificate was issued (1 January 2025)' });
    expect((await core.fails('checks.addDbsStatusCheck', { dbsCheckId: MISSING, checkedOn: '2025-06-01', result: 'no-change' })).code).toBe('not_found');

    const status = after.statusChecks[0]!;
    expect(await core.ok('checks.delete', { kind: 'dbs-status', id: status.id })).toEqual({ deleted: true });
    expect((await core.ok('checks.get', { workerId: sam.id })).dbs[0]!.statusChecks).toHaveLength(1);
  });

  test('missing choices are named', async () => {
    const { core, sam } = await twoPas();
    const error = await core.fails('checks.saveDbs', { workerId: sam.id, issuedOn: '' });
    expect(error.fields).toMatchObject({
      level: 'Choose the level of the DBS check',
      adultsBarredList: 'Say whether the adults’ barred list was checked',
      issuedOn: 'Enter the date the certificate was issued',
    });
  });
});

describe('references and interviews', () => {
  test('saved, corrected, newest first; interview answers come back as they went in', async () => {
    const { core, sam } = await twoPas();
    const old = await core.ok('checks.saveReference', { workerId: sam.id, refereeName: 'Old Boss', requestedOn: '2024-11-01', receivedOn: '2024-11-08', outcome: 'satisfactory' });
    const waiting = await core.ok('checks.saveReference', { workerId: sam.id, refereeName: 'Tutor', requestedOn: '2024-12-01', outcome: 'waiting' });
    expect((await core.ok('checks.get', { workerId: sam.id })).references.map((r) => r.refereeName)).toEqual(['Tutor', 'Old Boss']);
    const received = await core.ok('checks.saveReference', { ...waiting, receivedOn: '2024-12-03', outcome: 'not-satisfactory', notes: 'Could not confirm dates' });
    expect(received).toMatchObject({ id: waiting.id, outcome: 'not-satisfactory', notes: 'Could not confirm dates' });
    const backwards = await core.fails('checks.saveReference', { ...old, receivedOn: '2024-10-01' });
    expect(backwards.fields).toEqual({ receivedOn: 'Date you received it must be the same as or after the date you asked for it' });

    const answers = [
      { value: 'kind', question: 'Tell me about helping someone upset', notes: 'Sat with a neighbour after a fall' },
      { value: 'respect', question: '', notes: 'Ask first, every time' },
    ] as const;
    const interview = await core.ok('checks.saveInterview', { workerId: sam.id, heldOn: '2024-10-20', interviewers: 'Alex', answers: [...answers], outcome: 'offer' });
    expect(interview).toEqual({ id: interview.id, workerId: sam.id, heldOn: '2024-10-20', interviewers: 'Alex', answers, outcome: 'offer', notes: '' });
    await core.ok('checks.saveInterview', { workerId: sam.id, heldOn: '2024-10-10', answers: [], outcome: 'undecided' });
    expect((await core.ok('checks.get', { workerId: sam.id })).interviews.map((i) => i.heldOn)).toEqual(['2024-10-20', '2024-10-10']);
    const badValue = await core.fails('checks.saveInterview', { workerId: sam.id, heldOn: '2024-10-20', answers: [{ value: 'rude' }], outcome: 'offer' });
    expect(badValue.fields).toEqual({ 'answers.0.value': 'Choose a value' });
  });
});

describe('a check belongs to one PA', () => {
  test('an unknown PA, or another PA’s check id, is not found and nothing changes', async () => {
    const { core, sam, priya } = await twoPas();
    const samsRef = await core.ok('checks.saveReference', { workerId: sam.id, refereeName: 'Old Boss', outcome: 'satisfactory' });
    const samsRtw = await core.ok('checks.saveRightToWork', { workerId: sam.id, checkedOn: '2025-01-02', method: 'documents', permission: 'unlimited' });
    const samsDbs = await core.ok('checks.saveDbs', { workerId: sam.id, level: 'basic', adultsBarredList: false, childrenBarredList: false, issuedOn: '2025-01-01' });
    const samsInterview = await core.ok('checks.saveInterview', { workerId: sam.id, heldOn: '2024-12-01', answers: [], outcome: 'offer' });

    const attempts = [
      ['checks.saveReference', { id: samsRef.id, workerId: priya.id, refereeName: 'Moved?', outcome: 'waiting' }],
      ['checks.saveRightToWork', { id: samsRtw.id, workerId: priya.id, checkedOn: '2025-01-02', method: 'documents', permission: 'unlimited' }],
      ['checks.saveDbs', { id: samsDbs.id, workerId: priya.id, level: 'basic', adultsBarredList: false, childrenBarredList: false, issuedOn: '2025-01-01' }],
      ['checks.saveInterview', { id: samsInterview.id, workerId: priya.id, heldOn: '2024-12-01', answers: [], outcome: 'no-offer' }],
      ['checks.saveReference', { id: MISSING, workerId: sam.id, refereeName: 'Nobody', outcome: 'waiting' }],
      ['checks.saveReference', { workerId: MISSING, refereeName: 'Nobody', outcome: 'waiting' }],
      ['checks.get', { workerId: MISSING }],
      ['checks.delete', { kind: 'reference', id: MISSING }],
      ['checks.delete', { kind: 'interview', id: samsRef.id }], // right id, wrong kind
    ] as const;
    for (const [method, input] of attempts) {
      const error = await core.fails(method, input);
      expect(error.code, `${method} ${JSON.stringify(input)}`).toBe('not_found');
      expect(error.message).toMatch(/^Carebook cannot find that (check for this PA|PA)\./);
    }
    expect(await core.ok('checks.get', { workerId: priya.id })).toEqual({ rightToWork: [], dbs: [], references: [], interviews: [] });
    const samsChecks = await core.ok('checks.get', { workerId: sam.id });
    expect(samsChecks.references).toEqual([samsRef]);
    expect(samsChecks.interviews[0]!.outcome).toBe('offer');
  });
});

describe('deleting a check', () => {
  test('takes its documents and their content with it, and nothing else', async () => {
    const { core, folder, sam } = await twoPas();
    const rtw = await core.ok('checks.saveRightToWork', { workerId: sam.id, checkedOn: '2025-01-02', method: 'documents', permission: 'unlimited' });
    const dbs = await core.ok('checks.saveDbs', { workerId: sam.id, level: 'enhanced', adultsBarredList: true, childrenBarredList: false, issuedOn: '2025-01-01', updateServiceJoinedOn: '2025-01-02' });
    await core.ok('checks.addDbsStatusCheck', { dbsCheckId: dbs.id, checkedOn: '2026-01-01', result: 'no-change' });
    const doc = (linkedId: string, kind: string) => ({
      id: crypto.randomUUID(),
      workerId: sam.id,
      kind,
      label: 'Copy',
      fileName: 'copy.pdf',
      mediaType: 'application/pdf',
      bytes: 4,
      sha256: 'x',
      linkedId,
      addedAt: NOW.toISOString(),
    });
    const docs = [doc(rtw.id, 'right-to-work'), doc(rtw.id, 'other'), doc(dbs.id, 'dbs'), doc('', 'right-to-work')];
    await withBook(core, folder, async (db) => {
      await db.insertInto('document').values(docs).execute();
      await db.insertInto('documentContent').values(docs.map((d) => ({ documentId: d.id, data: new Uint8Array([1, 2, 3, 4]) }))).execute();
    });

    expect(await core.ok('checks.delete', { kind: 'right-to-work', id: rtw.id })).toEqual({ deleted: true });
    expect(await core.ok('checks.delete', { kind: 'dbs', id: dbs.id })).toEqual({ deleted: true });
    expect(await core.ok('checks.get', { workerId: sam.id })).toMatchObject({ rightToWork: [], dbs: [] });

    await withBook(core, folder, async (db) => {
      expect((await db.selectFrom('document').select('id').execute()).map((d) => d.id)).toEqual([docs[3]!.id]);
      expect((await db.selectFrom('documentContent').select('documentId').execute()).map((d) => d.documentId)).toEqual([docs[3]!.id]);
      expect(await db.selectFrom('dbsStatusCheck').select('id').execute()).toEqual([]);
    });
  });
});
