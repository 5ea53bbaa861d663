import { describe, expect, test } from 'vitest';
import { checksAttention } from '../../electron/core/checks/attention.js';
import { REGISTRY } from '../../electron/core/areas.js';
import { LARGE, seeded, seedFor, SMALL } from '../../electron/core/example/example-book.js';
import { fillExampleBook } from '../../electron/core/example/generate.js';
import { exampleWorkers } from '../../electron/core/workers/example.js';
import { retentionAttention } from '../../electron/core/retention/attention.js';
import { workersAttention } from '../../electron/core/workers/attention.js';
import type { Input } from '../../electron/shared/api/index.js';
import { contextOn, coreWithBook, withBook } from './helpers.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const at = () => coreWithBook({ now: () => NOW });

const sam: Input<'workers.create'> = {
  status: 'active',
  fullName: 'Samantha Carter',
  preferredName: 'Sam',
  dateOfBirth: '1990-03-27',
  niNumber: 'qq 12 34 56 c',
  email: 'sam@example.com',
  postcode: 'ls1 1aa',
  startDate: '2024-01-08',
};

describe('a PA’s details', () => {
  test('create, read, correct and list', async () => {
    const { core } = await at();
    const created = await core.ok('workers.create', sam);
    expect(created).toMatchObject({
      fullName: 'Samantha Carter',
      niNumber: 'QQ123456C',
      status: 'active',
      startDate: '2024-01-08',
      leftOn: '',
      leftReason: '',
      createdAt: NOW.toISOString(),
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await core.ok('workers.get', { id: created.id })).toEqual(created);

    const { id: _id, createdAt: _c, updatedAt: _u, status: _s, leftOn: _l, leftReason: _r, ...details } = created;
    const updated = await core.ok('workers.update', { ...details, id: created.id, phone: '07700 900123', town: 'Leeds' });
    expect(updated).toMatchObject({ phone: '07700 900123', town: 'Leeds', fullName: 'Samantha Carter', status: 'active' });
    expect(await core.ok('workers.list', {})).toEqual([
      { id: created.id, fullName: 'Samantha Carter', preferredName: 'Sam', jobTitle: '', status: 'active', startDate: '2024-01-08', leftOn: '' },
    ]);
  });

  test('bad input names each field in plain English and saves nothing', async () => {
    const { core } = await at();
    const error = await core.fails('workers.create', { ...sam, fullName: ' ', email: 'sam@', niNumber: 'Q123', postcode: 'nowhere', dateOfBirth: '1990-02-30' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual({
      fullName: 'Enter full name',
      email: 'Enter an email address in the right format, like name@example.com',
      niNumber: 'National Insurance number must be 2 letters, 6 numbers and sometimes a final letter, like QQ 12 34 56 C',
      postcode: 'Enter a real postcode, for example SW1A 1AA',
      dateOfBirth: 'Date of birth must be a real date, for example 27 3 1990',
    });
    const noStart = await core.fails('workers.create', { ...sam, startDate: '' });
    expect(noStart).toMatchObject({ code: 'invalid_input', fields: { startDate: 'Enter the date they started working for you' } });
    const unborn = await core.fails('workers.create', { ...sam, dateOfBirth: '2027-01-01' });
    expect(unborn.fields).toEqual({ dateOfBirth: 'Date of birth must be in the past' });
    expect(await core.ok('workers.list', { show: 'all' })).toEqual([]);
  });

  test('an unknown PA is not found, in plain words', async () => {
    const { core } = await at();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [method, input] of [
      ['workers.get', { id: missing }],
      ['workers.update', { id: missing, fullName: 'Nobody' }],
      ['workers.setStatus', { id: missing, status: 'applicant' }],
      ['workers.delete', { id: missing, confirmName: 'Nobody' }],
    ] as const) {
      const error = await core.fails(method, input);
      expect(error.code, method).toBe('not_found');
      expect(error.message).toBe('Carebook cannot find that PA. They may have been deleted. Go back to Your PAs and choose them again.');
    }
    expect((await core.fails('workers.get', { id: 'not-an-id' })).fields).toEqual({ id: 'PA is not one Carebook knows' });
  });
});

describe('the PA list', () => {
  test('search by full or preferred name, ignoring case and accents; current, left or all; sorted by name', async () => {
    const { core } = await at();
    const make = (fullName: string, extra: Partial<Input<'workers.create'>> = {}) =>
      core.ok('workers.create', { status: 'active', fullName, startDate: '2024-01-01', ...extra });
    const zoe = await make('Zoë Adams');
    const bob = await make('robert brown', { preferredName: 'Bob' });
    const cat = await make('Catherine Zeta', { status: 'applicant', startDate: '' });
    const ann = await make('Ann Ward');
    await core.ok('workers.setStatus', { id: ann.id, status: 'left', leftOn: '2025-01-01', leftReason: 'Moved away' });

    const names = async (input: Input<'workers.list'>) => (await core.ok('workers.list', input)).map((w) => w.fullName);
    expect(await names({})).toEqual(['Catherine Zeta', 'robert brown', 'Zoë Adams']);
    expect(await names({ show: 'left' })).toEqual(['Ann Ward']);
    expect(await names({ show: 'all' })).toEqual(['Ann Ward', 'Catherine Zeta', 'robert brown', 'Zoë Adams']);
    expect(await names({ search: 'ZOE' })).toEqual(['Zoë Adams']);
    expect(await names({ search: 'bob' })).toEqual(['robert brown']);
    expect(await names({ search: 'ROBERT B' })).toEqual(['robert brown']);
    expect(await names({ search: ' ze ' })).toEqual(['Catherine Zeta']);
    expect(await names({ search: 'ward' })).toEqual([]);
    expect(await names({ search: 'ward', show: 'all' })).toEqual(['Ann Ward']);
    expect(await names({ search: '%' })).toEqual([]);
    expect([zoe.id, bob.id, cat.id]).toHaveLength(3);
  });
});

describe('where a PA stands', () => {
  test('applying → working (start date saved) → left; refusals name the field', async () => {
    const { core } = await at();
    const w = await core.ok('workers.create', { status: 'applicant', fullName: 'Grace Okafor' });
    expect(w).toMatchObject({ status: 'applicant', startDate: '' });

    const noDate = await core.fails('workers.setStatus', { id: w.id, status: 'active' });
    expect(noDate.fields).toEqual({ startDate: 'Enter the start date' });
    const started = await core.ok('workers.setStatus', { id: w.id, status: 'active', startDate: '2025-09-01' });
    expect(started).toMatchObject({ status: 'active', startDate: '2025-09-01' });
    expect((await core.ok('workers.get', { id: w.id })).startDate).toBe('2025-09-01');

    const noReason = await core.fails('workers.setStatus', { id: w.id, status: 'left', leftOn: '2026-01-01' });
    expect(noReason.fields).toEqual({ leftReason: 'Enter why they left' });
    const tooEarly = await core.fails('workers.setStatus', { id: w.id, status: 'left', leftOn: '2025-08-31', leftReason: 'Moved' });
    expect(tooEarly).toMatchObject({
      code: 'invalid_input',
      message: 'Date they left must be the same as or after the date they started (1 September 2025)',
      fields: { leftOn: 'Date they left must be the same as or after the date they started (1 September 2025)' },
    });
    expect((await core.ok('workers.get', { id: w.id })).status).toBe('active');

    const left = await core.ok('workers.setStatus', { id: w.id, status: 'left', leftOn: '2026-03-31', leftReason: 'Moved to Leeds' });
    expect(left).toMatchObject({ status: 'left', startDate: '2025-09-01', leftOn: '2026-03-31', leftReason: 'Moved to Leeds' });
    expect(await core.ok('workers.list', {})).toEqual([]);
    expect((await core.ok('workers.list', { show: 'left' })).map((x) => x.leftOn)).toEqual(['2026-03-31']);

    // Their details can still be corrected, but not to a start after they left.
    const { id: _i, createdAt: _c, updatedAt: _u, status: _s, leftOn: _l, leftReason: _r, ...details } = left;
    const late = await core.fails('workers.update', { ...details, id: w.id, startDate: '2026-04-01' });
    expect(late.fields).toEqual({ startDate: 'Start date must be the same as or before the date they left (31 March 2026)' });
  });

  test('an applicant who does not start is marked left, with no start date', async () => {
    const { core } = await at();
    const w = await core.ok('workers.create', { status: 'applicant', fullName: 'Yusuf Hughes', startDate: '2026-06-01' });
    const left = await core.ok('workers.setStatus', { id: w.id, status: 'left', leftOn: '2026-04-20', leftReason: 'Took another job' });
    expect(left).toMatchObject({ status: 'left', startDate: '', leftOn: '2026-04-20' });
  });
});

describe('deleting a PA', () => {
  test('needs their full name; then every record about them is gone, and nobody else’s', async () => {
    const { core, folder } = await at();
    const w = await core.ok('workers.create', sam);
    const other = await core.ok('workers.create', { ...sam, fullName: 'Priya Shah', niNumber: '' });
    for (const who of [w, other]) {
      await core.ok('checks.saveRightToWork', { workerId: who.id, checkedOn: '2024-01-02', method: 'documents', permission: 'unlimited' });
      const dbs = await core.ok('checks.saveDbs', {
        workerId: who.id,
        level: 'enhanced',
        adultsBarredList: true,
        childrenBarredList: false,
        issuedOn: '2024-01-01',
        updateServiceJoinedOn: '2024-01-05',
      });
      await core.ok('checks.addDbsStatusCheck', { dbsCheckId: dbs.id, checkedOn: '2025-01-01', result: 'no-change' });
      await core.ok('checks.saveReference', { workerId: who.id, refereeName: 'A Referee', outcome: 'satisfactory' });
      await core.ok('checks.saveInterview', { workerId: who.id, heldOn: '2023-12-01', answers: [], outcome: 'offer' });
    }
    await withBook(core, folder, async (db) => {
      for (const who of [w, other]) {
        await db
          .insertInto('contractVersion')
          .values({ id: crypto.randomUUID(), workerId: who.id, version: 1, appliesFrom: '2024-01-08', terms: '{}', issuedOn: '', agreedOn: '', createdAt: NOW.toISOString() })
          .execute();
        const docId = crypto.randomUUID();
        await db
          .insertInto('document')
          .values({ id: docId, workerId: who.id, kind: 'other', label: 'Photo', fileName: 'a.png', mediaType: 'image/png', bytes: 3, sha256: 'x', linkedId: '', addedAt: NOW.toISOString() })
          .execute();
        await db.insertInto('documentContent').values({ documentId: docId, data: new Uint8Array([1, 2, 3]) }).execute();
      }
    });

    const wrong = await core.fails('workers.delete', { id: w.id, confirmName: 'Sam Carter' });
    expect(wrong).toMatchObject({
      code: 'invalid_input',
      fields: { confirmName: 'The name you typed does not match. Type their full name, Samantha Carter, to delete them' },
    });
    expect((await core.ok('workers.get', { id: w.id })).id).toBe(w.id);

    expect(await core.ok('workers.delete', { id: w.id, confirmName: '  samantha   CARTER ' })).toEqual({ deleted: true });
    expect((await core.fails('workers.get', { id: w.id })).code).toBe('not_found');

    await withBook(core, folder, async (db) => {
      const tables = ['worker', 'rightToWorkCheck', 'dbsCheck', 'workerReference', 'interview', 'contractVersion', 'document'] as const;
      for (const table of tables) {
        const rows = await db.selectFrom(table).select('id').where(table === 'worker' ? 'id' : 'workerId', '=', w.id).execute();
        expect(rows, table).toEqual([]);
        // The other PA keeps theirs.
        const theirs = await db.selectFrom(table).select('id').where(table === 'worker' ? 'id' : 'workerId', '=', other.id).execute();
        expect(theirs, table).toHaveLength(1);
      }
      expect(await db.selectFrom('dbsStatusCheck').select('id').execute()).toHaveLength(1);
      expect(await db.selectFrom('documentContent').select('documentId').execute()).toHaveLength(1);
    });
  });
});

describe('the example PAs', () => {
  const today = '2026-05-01';
  const pas = (size: typeof SMALL) => exampleWorkers(size, today, seeded(seedFor('workers', size)));

  test('are the same every time and spread over the years', () => {
    const a = pas(SMALL);
    expect(pas(SMALL)).toEqual(a);
    expect(a.map((w) => w.status)).toEqual(['active', 'active', 'left', 'applicant']);
    expect(a.map((w) => w.fullName)).toEqual(['Sam Carter', 'Priya Carter', 'Tomasz Carter', 'Grace Carter']);
    const large = pas(LARGE);
    expect(large).toHaveLength(50);
    expect(large.filter((w) => w.status === 'applicant')).toHaveLength(2);
    expect(large.filter((w) => w.status === 'left').every((w) => w.leftReason && w.leftOn > w.startDate)).toBe(true);
    const starts = large.map((w) => w.startDate).filter(Boolean).sort();
    expect(starts[0]! < '2017-01-01').toBe(true);
  });

  // How long the fill takes is the bench's to report ("Make the large book"), not a timed test's.
  test('fill a large book, with their checks; the list finds them; every record is valid; Home asks nothing about PAs', async () => {
    const { core, folder } = await at();
    const ids = await withBook(core, folder, async (db, book) => {
      await fillExampleBook(book, LARGE, NOW, REGISTRY.examples);
      expect(await db.selectFrom('workerReference').select('id').execute()).toHaveLength(100);
      expect(await db.selectFrom('interview').select('id').execute()).toHaveLength(50);
      expect(await db.selectFrom('dbsCheck').select('id').execute()).toHaveLength(50);
      const ctx = contextOn(db, '2026-05-01', NOW);
      // The example employer keeps good records: nothing for Home about PAs.
      expect([...(await workersAttention(ctx)), ...(await checksAttention(ctx)), ...(await retentionAttention(ctx))].map((i) => i.id)).toEqual([
        // …but one ordinary reminder: the newest PA's DBS certificate is not on the Update Service yet.
        expect.stringMatching(/^checks\.dbs-join-update-service\./),
      ]);
      return (await db.selectFrom('worker').select('id').orderBy('createdAt').execute()).map((w) => w.id);
    });
    expect(ids).toHaveLength(50);

    const all = await core.ok('workers.list', { show: 'all' });
    const searched = await core.ok('workers.list', { search: 'carter' });
    expect(all).toHaveLength(50);
    expect(searched.length).toBeGreaterThan(0);

    // Each example PA reads back through the API as the form would show it.
    for (const id of ids.slice(0, 10)) {
      const w = await core.ok('workers.get', { id });
      const { id: _i, createdAt: _c, updatedAt: _u, status, leftOn: _l, leftReason: _r, ...details } = w;
      await core.ok('workers.update', { ...details, id });
      const checks = await core.ok('checks.get', { workerId: id });
      expect(checks.references).toHaveLength(2);
      expect(checks.interviews[0]!.answers).toHaveLength(3);
      if (status !== 'left') expect(checks.rightToWork).toHaveLength(1);
    }
  });
});
