import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { coreWithBook, tempDir, type TestCore } from './helpers.js';

/**
 * Records that cannot be true are refused, and nothing is written; records that are unusual
 * but possible are kept, and Home says what to do about them. Home never believes an
 * impossible record.
 */

const NOW = new Date('2026-05-01T12:00:00Z');
const at = () => coreWithBook({ now: () => NOW });

/** Everything a refusal must leave as it was. */
async function snapshot(core: TestCore, workerId?: string) {
  return {
    workers: await core.ok('workers.list', { show: 'all' }),
    history: (await core.ok('history.list', { limit: 200 })).lines,
    checks: workerId ? await core.ok('checks.get', { workerId }) : null,
    home: (await core.ok('attention.list', {})).items.map((i) => i.id),
  };
}

describe('impossible records are refused, and nothing is written', () => {
  test('a right-to-work check dated in the future: Home still says there is no check', async () => {
    const { core } = await at();
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-04-01' });
    const before = await snapshot(core, sam.id);
    expect(before.home).toContain(`checks.no-right-to-work.${sam.id}`);
    const refused = await core.fails('checks.saveRightToWork', { workerId: sam.id, checkedOn: '2026-07-01', method: 'documents', permission: 'unlimited' });
    expect(refused).toMatchObject({ code: 'invalid_input', fields: { checkedOn: 'Date of the check must be today or in the past' } });
    expect(await snapshot(core, sam.id)).toEqual(before);
    // Today is fine.
    await core.ok('checks.saveRightToWork', { workerId: sam.id, checkedOn: '2026-05-01', method: 'documents', permission: 'unlimited' });
  });

  test('"they already work for you" with a start date in 2031', async () => {
    const { core } = await at();
    const before = await snapshot(core);
    const refused = await core.fails('workers.create', { fullName: 'Future Person', status: 'active', startDate: '2031-01-01' });
    expect(refused.fields?.startDate).toMatch(/^Their start date is in the future, so they do not work for you yet/);
    expect(await snapshot(core)).toEqual(before);
    // As someone due to start, they are kept, and Home asks for the check before their first day.
    const due = await core.ok('workers.create', { fullName: 'Future Person', status: 'applicant', startDate: '2031-01-01' });
    expect((await core.ok('attention.list', {})).items.find((i) => i.workerId === due.id)).toMatchObject({
      id: `checks.right-to-work-before-start.${due.id}`,
      due: '2031-01-01',
    });
    expect((await core.fails('workers.setStatus', { id: due.id, status: 'active', startDate: '2031-01-01' })).fields).toHaveProperty('startDate');
  });

  test('a DBS join date before the issue date, and a certificate number "123"', async () => {
    const { core } = await at();
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-04-01' });
    const dbs = { workerId: sam.id, level: 'enhanced', adultsBarredList: true, childrenBarredList: false, issuedOn: '2026-03-01' } as const;
    const before = await snapshot(core, sam.id);
    expect((await core.fails('checks.saveDbs', { ...dbs, updateServiceJoinedOn: '2026-02-28' })).fields).toHaveProperty('updateServiceJoinedOn');
    expect((await core.fails('checks.saveDbs', { ...dbs, certificateNumber: '123' })).fields).toEqual({
      certificateNumber: 'Certificate number must be the 12 numbers printed at the top right of the certificate, like 001234567890',
    });
    expect((await core.fails('checks.saveDbs', { ...dbs, issuedOn: '2026-05-02' })).fields).toHaveProperty('issuedOn');
    expect(await snapshot(core, sam.id)).toEqual(before);
    // Typed in groups, as printed: kept as its 12 digits.
    const saved = await core.ok('checks.saveDbs', { ...dbs, certificateNumber: '0012 3456 7890', updateServiceJoinedOn: '2026-03-01' });
    expect(saved.certificateNumber).toBe('001234567890');
  });

  test('a reference, an interview or a status check dated in the future', async () => {
    const { core } = await at();
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'applicant' });
    const dbs = await core.ok('checks.saveDbs', { workerId: sam.id, level: 'enhanced', adultsBarredList: true, childrenBarredList: false, issuedOn: '2026-03-01' });
    const before = await snapshot(core, sam.id);
    expect((await core.fails('checks.saveReference', { workerId: sam.id, refereeName: 'Pat', outcome: 'waiting', requestedOn: '2026-05-02' })).fields).toHaveProperty('requestedOn');
    expect((await core.fails('checks.saveInterview', { workerId: sam.id, heldOn: '2026-05-02', answers: [], outcome: 'offer' })).fields).toHaveProperty('heldOn');
    expect((await core.fails('checks.addDbsStatusCheck', { dbsCheckId: dbs.id, checkedOn: '2026-05-02', result: 'no-change' })).fields).toHaveProperty('checkedOn');
    expect(await snapshot(core, sam.id)).toEqual(before);
  });

  test('leaving on a day still to come', async () => {
    const { core } = await at();
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2025-01-06' });
    const before = await snapshot(core, sam.id);
    expect((await core.fails('workers.setStatus', { id: sam.id, status: 'left', leftOn: '2026-05-02', leftReason: 'Moving away' })).fields).toHaveProperty('leftOn');
    expect(await snapshot(core, sam.id)).toEqual(before);
  });
});

describe('unusual but possible: kept, with a word on Home', () => {
  test('a 14-year-old marked as working is kept, and Home says what child employment law asks', async () => {
    const { core } = await at();
    const kid = await core.ok('workers.create', { fullName: 'Young Person', status: 'active', startDate: '2026-04-01', dateOfBirth: '2011-09-10' });
    const item = (await core.ok('attention.list', {})).items.find((i) => i.id === `workers.child.${kid.id}`);
    expect(item).toMatchObject({ urgency: 'due-soon', title: 'Young Person is 14: the law limits the work a child can do', workerId: kid.id });
    expect(item!.detail).toMatch(/work permit from your council\. Read Child employment, on GOV\.UK\.$/);
  });

  test('a 17-year-old: the young-worker rules, for information', async () => {
    const { core } = await at();
    const pa = await core.ok('workers.create', { fullName: 'Older Teen', status: 'active', startDate: '2026-04-01', dateOfBirth: '2008-09-10' });
    const items = (await core.ok('attention.list', {})).items;
    expect(items.find((i) => i.id === `workers.young-worker.${pa.id}`)).toMatchObject({
      urgency: 'information',
      title: 'Older Teen is 17: the young-worker rules apply until 10 September 2026',
    });
    expect(items.at(-1)?.urgency).toBe('information'); // last on Home
  });

  test('a right-to-work check with no copy is a legal duty on Home until a copy is added', async () => {
    const { core } = await at();
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-04-01' });
    const check = await core.ok('checks.saveRightToWork', { workerId: sam.id, checkedOn: '2026-03-30', method: 'documents', permission: 'unlimited' });
    const ids = async () => (await core.ok('attention.list', {})).items.map((i) => i.id);
    expect(await ids()).toContain(`checks.right-to-work-copy.${sam.id}`);
    const file = join(tempDir('carebook-files-'), 'passport.pdf');
    writeFileSync(file, Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1'));
    await core.ok('documents.add', { workerId: sam.id, path: file, kind: 'right-to-work', label: 'Passport', linkedId: check.id });
    expect(await ids()).not.toContain(`checks.right-to-work-copy.${sam.id}`);
  });

  test('an Enhanced check without the adults’ barred list is kept, and Home suggests asking for one', async () => {
    const { core } = await at();
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-04-01' });
    await core.ok('checks.saveDbs', { workerId: sam.id, level: 'enhanced', adultsBarredList: false, childrenBarredList: false, issuedOn: '2026-03-01', updateServiceJoinedOn: '2026-03-02' });
    const item = (await core.ok('attention.list', {})).items.find((i) => i.id === `checks.dbs-adults-barred-list.${sam.id}`);
    expect(item?.urgency).toBe('good-practice');
  });
});
