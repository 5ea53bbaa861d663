import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { trainingFileErrors, workerFileErrors } from '../../electron/core/training/validate-asc-wds.js';
import { TRAINING_HEADERS, WORKER_HEADERS } from '../../electron/shared/reference/training-asc-wds.js';
import { coreWithBook, tempDir } from './helpers.js';

/** Training on a real encrypted book: records with certificates, the matrix, the plan, Home and the ASC-WDS files. */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1');
const NOW = new Date('2026-12-02T12:00:00Z');

async function book() {
  const { core } = await coreWithBook({ now: () => NOW });
  await core.ok('employer.update', { kind: 'agency', name: 'Example Care Ltd', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', phone: '0113 000' });
  const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-06-01', dateOfBirth: '1990-04-02', niNumber: 'QQ123456C', postcode: 'LS1 2AB' });
  const ali = await core.ok('workers.create', { fullName: 'Ali Brown', status: 'active', startDate: '2026-11-20' });
  return { core, sam, ali };
}

describe('training records', () => {
  test('a record with a certificate kept in the book, its expiry from the topic, and its history', async () => {
    const { core, sam } = await book();
    const record = await core.ok('training.saveRecord', {
      workerId: sam.id,
      topicId: 'fire-safety',
      completedOn: '2025-12-03',
      how: 'face-to-face',
      provider: 'Example Fire',
      hours: 3,
      costPence: 4500,
    });
    expect(record).toMatchObject({ expiresOn: '2026-12-02', topicName: 'Fire safety', certificateIds: [] });
    const files = tempDir('carebook-files-');
    writeFileSync(join(files, 'certificate.pdf'), PDF);
    const doc = await core.ok('documents.add', { workerId: sam.id, path: join(files, 'certificate.pdf'), kind: 'other', label: 'Fire safety certificate', linkedId: record.id });
    const got = await core.ok('training.get', { workerId: sam.id });
    expect(got.records[0]!.certificateIds).toEqual([doc.id]);
    expect(got.topics.find((t) => t.topicId === 'fire-safety')).toMatchObject({ status: 'due', expiresOn: '2026-12-02' });
    // The certificate is a training record for retention, and its history line is filed with training.
    const kinds = await core.ok('retention.list', { workerId: sam.id });
    expect(kinds.find((k) => k.kind === 'training')!.count).toBe(2);
    const { lines } = await core.ok('history.list', { workerId: sam.id });
    expect(lines[0]!.summary).toMatch(/^Added a document, “Fire safety certificate”/);
    expect(lines[1]!.summary).toBe('Recorded “Fire safety” training done on 3 December 2025');
  });

  test('an override changes the expiry; done with another employer is kept with its evidence', async () => {
    const { core, sam } = await book();
    const r = await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'moving-people', completedOn: '2026-05-01', how: 'face-to-face', expiresOverride: '2026-11-30', otherEmployer: 'A previous agency' });
    expect(r.expiresOn).toBe('2026-11-30');
    expect((await core.ok('training.get', { workerId: sam.id })).topics.find((t) => t.topicId === 'moving-people')!.status).toBe('expired');
  });

  test.each([
    [{ completedOn: '2026-12-03' }, 'completedOn', 'Date completed must be today or in the past'],
    [{ completedOn: '2026-05-01', expiresOverride: '2026-04-30' }, 'expiresOverride', 'Expiry date must be on or after the date they completed it (1 May 2026)'],
    [{ completedOn: '2026-05-01', fundingPaidOn: '2026-06-01' }, 'fundingPaidOn', 'Enter the date you claimed funding before the date it was paid'],
    [{ completedOn: '2026-05-01', fundingClaimedOn: '2026-07-01', fundingPaidOn: '2026-06-01' }, 'fundingPaidOn', 'Date the funding was paid must be on or after the date you claimed it (1 July 2026)'],
    [{ completedOn: '2026-05-01', fundingClaimPence: 4000 }, 'fundingClaimedOn', 'Enter the date you claimed funding, or leave the amount claimed as 0'],
    [{ completedOn: '2026-02-30' }, 'completedOn', 'Date completed must be a real date, for example 27 3 2026'],
  ])('impossible records are refused, naming the field: %j', async (bad, field, message) => {
    const { core, sam } = await book();
    const error = await core.fails('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', how: 'e-learning', ...bad });
    expect(error.fields?.[field]).toBe(message);
    expect((await core.ok('training.get', { workerId: sam.id })).records).toEqual([]);
  });

  test('a topic that is not in the book is refused without echoing it', async () => {
    const { core, sam } = await book();
    const error = await core.fails('training.saveRecord', { workerId: sam.id, topicId: 'made-up-topic', completedOn: '2026-01-01', how: 'e-learning' });
    expect(error.message).toBe('Carebook cannot find that training topic. Go back to the topics and choose it again.');
  });

  test('Care Certificate progress per standard, and qualifications', async () => {
    const { core, sam } = await book();
    await core.ok('training.saveStandard', { workerId: sam.id, version: '2025', standard: 16, status: 'competent', on: '2026-07-01', assessor: 'Alex' });
    expect((await core.fails('training.saveStandard', { workerId: sam.id, version: '2015', standard: 16, status: 'in-progress' })).fields?.standard).toMatch(/has 15 standards/);
    expect((await core.fails('training.saveStandard', { workerId: sam.id, version: '2025', standard: 2, status: 'competent' })).fields).toHaveProperty('on');
    const cc = await core.ok('training.setCareCertificate', { workerId: sam.id, version: '2025', completedOn: '2026-08-20' });
    expect(cc.standards).toHaveLength(16);
    expect(cc.standards[15]).toMatchObject({ title: 'Awareness of learning disability and autism', status: 'competent', assessor: 'Alex' });
    expect(cc.completedOn).toBe('2026-08-20');
    expect((await core.fails('training.saveQualification', { workerId: sam.id, name: 'Level 2 Diploma in Adult Care', status: 'achieved' })).fields).toHaveProperty('achievedOn');
    await core.ok('training.saveQualification', { workerId: sam.id, referenceId: 'l2-asc-certificate', name: 'Level 2 Adult Social Care Certificate', level: 2, code: 158, status: 'achieved', startedOn: '2026-06-10', achievedOn: '2026-11-01' });
    expect((await core.ok('training.get', { workerId: sam.id })).qualifications).toMatchObject([{ code: 158, status: 'achieved' }]);
  });
});

describe('deleting', () => {
  test('a training record goes with its certificate, in one line of history; the topic is missing again', async () => {
    const { core, sam } = await book();
    const record = await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', completedOn: '2026-11-03', how: 'face-to-face' });
    const files = tempDir('carebook-files-');
    writeFileSync(join(files, 'certificate.pdf'), PDF);
    await core.ok('documents.add', { workerId: sam.id, path: join(files, 'certificate.pdf'), kind: 'other', label: 'Fire safety certificate', linkedId: record.id });
    // Another document of Sam's, filed against nothing, stays.
    await core.ok('documents.add', { workerId: sam.id, path: join(files, 'certificate.pdf'), kind: 'other', label: 'Something else' });
    expect(await core.ok('training.deleteRecord', { id: record.id })).toEqual({ deleted: true });
    const got = await core.ok('training.get', { workerId: sam.id });
    expect(got.records).toEqual([]);
    expect(got.topics.find((t) => t.topicId === 'fire-safety')!.status).toBe('missing');
    expect((await core.ok('documents.list', { workerId: sam.id })).map((d) => d.label)).toEqual(['Something else']);
    expect((await core.ok('retention.list', { workerId: sam.id })).find((k) => k.kind === 'training')?.count ?? 0).toBe(0);
    const { lines } = await core.ok('history.list', { workerId: sam.id });
    expect(lines[0]!.summary).toBe('Deleted the “Fire safety” training done on 3 November 2026, with its certificate');
    // Gone is gone: a second delete is refused in words.
    expect((await core.fails('training.deleteRecord', { id: record.id })).message).toMatch(/^Carebook cannot find that training record\. It may have been deleted\./);
  });

  test('a qualification and a planned item, each with its line', async () => {
    const { core, sam } = await book();
    const q = await core.ok('training.saveQualification', { workerId: sam.id, name: 'Level 3 Diploma in Adult Care', level: 3, status: 'working-towards', startedOn: '2026-09-01' });
    const plan = await core.ok('training.savePlan', { workerId: sam.id, topicId: 'medication', targetOn: '2026-12-20' });
    await core.ok('training.deleteQualification', { id: q.id });
    await core.ok('training.deletePlan', { id: plan.id });
    const got = await core.ok('training.get', { workerId: sam.id });
    expect([got.qualifications, got.plans]).toEqual([[], []]);
    const { lines } = await core.ok('history.list', { workerId: sam.id });
    expect(lines.slice(0, 2).map((l) => l.summary)).toEqual(['Took “Medication” off the plan', 'Deleted the qualification Level 3 Diploma in Adult Care']);
    expect((await core.fails('training.deleteQualification', { id: q.id })).message).toMatch(/^Carebook cannot find that qualification\./);
    expect((await core.fails('training.deletePlan', { id: plan.id })).message).toMatch(/^Carebook cannot find that planned training\./);
  });
});

describe('a PA excused from a topic everyone needs', () => {
  test('with a reason in words: "not required" in the matrix, on their page with why, off the plan and Home; needed again after', async () => {
    const { core, sam, ali } = await book();
    // Fire safety: every PA needs it, and Sam's ran out.
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', completedOn: '2025-01-10', how: 'face-to-face' });
    const before = await core.ok('training.matrix', { topicId: 'fire-safety' });
    expect(before.cells.map((row) => row[0]!.status)).toEqual(['missing', 'expired']);

    const topic = await core.ok('training.excuse', { topicId: 'fire-safety', workerId: sam.id, reason: '  Works only outdoors, on trips ' });
    expect(topic.excused).toEqual([{ workerId: sam.id, reason: 'Works only outdoors, on trips' }]);
    const m = await core.ok('training.matrix', { topicId: 'fire-safety' });
    expect(m.cells.map((row) => row[0]!.status)).toEqual(['missing', 'not-required']);
    const got = await core.ok('training.get', { workerId: sam.id });
    expect(got.topics.find((t) => t.topicId === 'fire-safety')).toMatchObject({ status: 'not-required', excusedReason: 'Works only outdoors, on trips' });
    expect((await core.ok('training.plan', { days: 90 })).some((r) => r.workerId === sam.id && r.topicId === 'fire-safety')).toBe(false);
    expect((await core.ok('attention.list', {})).items.some((i) => i.id === `training.expired.${sam.id}`)).toBe(false);
    // Ali still needs it.
    expect((await core.ok('training.get', { workerId: ali.id })).topics.find((t) => t.topicId === 'fire-safety')).toMatchObject({ status: 'missing', excusedReason: '' });

    // The same reason again writes nothing; a new one is a change, with its line.
    await core.ok('training.excuse', { topicId: 'fire-safety', workerId: sam.id, reason: 'Works only outdoors, on trips' });
    await core.ok('training.excuse', { topicId: 'fire-safety', workerId: sam.id, reason: 'Never works indoors' });
    const { lines } = await core.ok('history.list', { workerId: sam.id });
    expect(lines.slice(0, 2).map((l) => [l.summary, l.changes])).toEqual([
      ['Changed why they do not need “Fire safety”', [{ field: 'Why they do not need it', from: 'Works only outdoors, on trips', to: 'Never works indoors' }]],
      ['Said they do not need “Fire safety”', [{ field: 'Why they do not need it', from: '', to: 'Works only outdoors, on trips' }]],
    ]);

    await core.ok('training.endExcusal', { topicId: 'fire-safety', workerId: sam.id });
    expect((await core.ok('training.matrix', { topicId: 'fire-safety' })).cells.map((row) => row[0]!.status)).toEqual(['missing', 'expired']);
    expect((await core.ok('history.list', { workerId: sam.id })).lines[0]!.summary).toBe('Said they need “Fire safety” after all');
  });

  test('choosing a topic for them on their own ends their excusal; a topic they do not need cannot be excused; a reason is needed', async () => {
    const { core, sam } = await book();
    await core.ok('training.excuse', { topicId: 'fire-safety', workerId: sam.id, reason: 'Never works indoors' });
    await core.ok('training.setRequirement', { topicId: 'fire-safety', workerId: sam.id, required: true });
    expect((await core.ok('training.get', { workerId: sam.id })).topics.find((t) => t.topicId === 'fire-safety')).toMatchObject({ status: 'missing', excusedReason: '' });

    const refused = await core.fails('training.excuse', { topicId: 'epilepsy', workerId: sam.id, reason: 'Not for them' });
    expect(refused.message).toBe('They do not need “Epilepsy and rescue medication”, so there is nothing to excuse them from. Go back to their training.');
    expect((await core.fails('training.excuse', { topicId: 'fire-safety', workerId: sam.id, reason: '   ' })).fields?.reason).toBe('Enter why they do not need it');
  });
});

describe('the matrix and the plan', () => {
  test('PAs by topics with each status, filters, and a topic no longer required', async () => {
    const { core, sam, ali } = await book();
    await core.ok('training.saveSettings', { localEstId: '', dueWithinDays: 30 });
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', completedOn: '2025-12-10', how: 'face-to-face' }); // runs out 9 Dec: due
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'medication', completedOn: '2025-11-01', how: 'face-to-face' }); // ran out 31 Oct
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'infection-control', completedOn: '2026-06-05', how: 'e-learning' });
    const m = await core.ok('training.matrix', {});
    expect(m.pas.map((p) => p.name)).toEqual(['Ali Brown', 'Sam Carter']);
    const cell = (pa: string, topic: string) => m.cells[m.pas.findIndex((p) => p.id === pa)]![m.topics.findIndex((t) => t.id === topic)]!.status;
    expect([cell(sam.id, 'fire-safety'), cell(sam.id, 'medication'), cell(sam.id, 'infection-control'), cell(ali.id, 'fire-safety')]).toEqual(['due', 'expired', 'valid', 'missing']);
    expect(m.topics.some((t) => t.id === 'epilepsy')).toBe(false); // nobody needs or holds it

    // Only the expired: Sam and medication.
    const expired = await core.ok('training.matrix', { status: 'expired' });
    expect([expired.pas.map((p) => p.name), expired.topics.map((t) => t.id)]).toEqual([['Sam Carter'], ['medication']]);

    // Epilepsy for Ali alone; medication no longer required of anyone: Sam's expired medication is "not required".
    await core.ok('training.setRequirement', { topicId: 'epilepsy', workerId: ali.id, required: true });
    const medication = (await core.ok('training.topics', {})).find((t) => t.id === 'medication')!;
    await core.ok('training.saveTopic', { id: medication.id, name: medication.name, category: medication.category, intervalMonths: medication.intervalMonths, requiredForAll: false });
    const after = await core.ok('training.matrix', { topicId: 'medication' });
    expect(after.cells.map((row) => row[0]!.status)).toEqual(['not-required', 'not-required']);
    const epilepsy = await core.ok('training.matrix', { topicId: 'epilepsy' });
    expect(epilepsy.cells.map((row) => row[0]!.status)).toEqual(['missing', 'not-required']);

    // A changed interval changes the expiry.
    const fire = (await core.ok('training.topics', {})).find((t) => t.id === 'fire-safety')!;
    await core.ok('training.saveTopic', { id: fire.id, name: fire.name, category: fire.category, intervalMonths: 24, requiredForAll: fire.requiredForAll });
    expect((await core.ok('training.matrix', { workerId: sam.id, topicId: 'fire-safety' })).cells[0]![0]).toMatchObject({ status: 'valid', expiresOn: '2027-12-09' });

    // By role: a support worker needs oral health.
    await core.ok('training.setProfile', { workerId: ali.id, roleCode: 52 });
    await core.ok('training.setRequirement', { topicId: 'oral-health', roleCode: 52, required: true });
    expect((await core.ok('training.matrix', { topicId: 'oral-health' })).cells.map((r) => r[0]!.status)).toEqual(['missing', 'not-required']);

    const csv = await core.ok('training.matrixCsv', { workerId: sam.id });
    expect(csv.csv.split('\r\n')[0]).toMatch(/^\uFEFFPA,/);
    const pdf = await core.ok('training.matrixPdf', {});
    expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the plan: expired, missing and due within 90 days; planning one; doing it ticks it off; Home says so', async () => {
    const { core, sam } = await book();
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'medication', completedOn: '2025-11-01', how: 'face-to-face' });
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', completedOn: '2026-02-01', how: 'face-to-face' }); // runs out 31 Jan 2027
    const plan = await core.ok('training.plan', { days: 90 });
    const mine = plan.filter((r) => r.workerId === sam.id);
    expect(mine[0]).toMatchObject({ topicId: 'medication', status: 'expired', expiresOn: '2026-10-31', plannedId: '' });
    expect(mine.find((r) => r.topicId === 'fire-safety')).toMatchObject({ status: 'due', expiresOn: '2027-01-31' });
    expect(mine.some((r) => r.status === 'missing')).toBe(true);

    const home = (await core.ok('attention.list', {})).items.filter((i) => i.area === 'training' && i.workerId === sam.id);
    expect(home.map((i) => i.id).sort()).toEqual([`training.care-certificate.${sam.id}`, `training.due.${sam.id}`, `training.expired.${sam.id}`, `training.missing.${sam.id}`].sort());
    expect(home.find((i) => i.id.startsWith('training.expired'))!.title).toBe('Sam Carter’s Medication training has run out');

    expect((await core.fails('training.savePlan', { workerId: sam.id, topicId: 'medication', targetOn: '2026-12-01' })).fields?.targetOn).toBe('Date to do it by must be today or in the future');
    const planned = await core.ok('training.savePlan', { workerId: sam.id, topicId: 'medication', targetOn: '2026-12-20' });
    expect((await core.ok('training.plan', { days: 90 })).find((r) => r.workerId === sam.id && r.topicId === 'medication')).toMatchObject({ plannedId: planned.id, targetOn: '2026-12-20' });
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'medication', completedOn: '2026-12-02', how: 'face-to-face' });
    expect((await core.ok('training.get', { workerId: sam.id })).plans).toEqual([]);
    expect((await core.ok('training.plan', { days: 90 })).some((r) => r.workerId === sam.id && r.topicId === 'medication')).toBe(false);
  });

  test('funding: claimed, and still to claim within the scheme’s three months', async () => {
    const { core, sam } = await book();
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', completedOn: '2026-11-01', how: 'face-to-face', costPence: 6000 });
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'medication', completedOn: '2026-10-01', how: 'face-to-face', costPence: 9000, fundingClaimedOn: '2026-10-10', fundingClaimPence: 9000 });
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'dignity', completedOn: '2026-01-01', how: 'face-to-face', costPence: 2000 });
    const f = await core.ok('training.funding', {});
    expect(f.scheme.name).toMatch(/Learning and Development Support Scheme/);
    expect(f.claimed.map((r) => r.topicName)).toEqual(['Medication']);
    expect(f.toClaim).toMatchObject([{ topicName: 'Fire safety', claimBy: '2027-02-01' }]);
  });
});

describe('the ASC-WDS export', () => {
  test('the header rows are exactly the specification’s; a PA missing a required field is named, with where to fix it', async () => {
    const { core, sam, ali } = await book();
    const check = await core.ok('training.ascWdsCheck', {});
    expect(check.problems).toContainEqual({ workerId: '', workerName: '', column: 'LOCALESTID', field: 'ASC-WDS workplace ID', message: 'Enter your workplace ID from ASC-WDS', to: '/training/settings' });
    expect(check.problems).toContainEqual({ workerId: ali.id, workerName: 'Ali Brown', column: 'DOB', field: 'Date of birth', message: 'Enter their date of birth', to: `/pas/${ali.id}/edit` });
    expect(check.problems).toContainEqual(expect.objectContaining({ workerName: 'Sam Carter', column: 'MAINJOBROLE', to: `/pas/${sam.id}/training/role` }));
    const refused = await core.fails('training.ascWdsExport', { file: 'training' });
    expect(refused.message).toMatch(/^ASC-WDS would not take the file: there are \d+ things to fix first, starting with ASC-WDS workplace ID/);

    await core.ok('training.saveSettings', { localEstId: 'W1234', dueWithinDays: 60 });
    await core.ok('workers.update', { id: ali.id, fullName: 'Ali Brown', startDate: '2026-11-20', dateOfBirth: '1999-01-01' });
    for (const pa of [sam, ali]) await core.ok('training.setProfile', { workerId: pa.id, roleCode: 52 });
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'fire-safety', completedOn: '2026-11-01', how: 'face-to-face', provider: 'Example Fire', accredited: true });
    await core.ok('training.saveRecord', { workerId: sam.id, topicId: 'data-protection', completedOn: '2026-10-01', how: 'e-learning' });
    await core.ok('training.saveRecord', { workerId: ali.id, topicId: 'moving-people', completedOn: '2026-11-25', how: 'on-the-job', expiresOverride: '2027-05-24' });
    expect((await core.ok('training.ascWdsCheck', {})).problems).toEqual([]);

    const training = await core.ok('training.ascWdsExport', { file: 'training' });
    const lines = training.csv.split('\r\n');
    expect(lines[0]).toBe(TRAINING_HEADERS.join(','));
    expect(lines[0]).toBe('LOCALESTID,UNIQUEWORKERID,CATEGORY,TRAININGNAME,ACCREDITED,WHODELIVERED,PROVIDERNAME,HOWDELIVERED,VALIDITY,DATECOMPLETED,EXPIRYDATE,NOTES');
    expect(lines).toContain(`W1234,${sam.id},6,Fire safety,1,2,,1,12,01/11/2026,31/10/2027,Face to face. given by Example Fire`);
    expect(lines).toContain(`W1234,${sam.id},26,Information governance and data protection,0,1,,2,none,01/10/2026,,E-learning`);
    expect(lines).toContain(`W1234,${ali.id},15,Assisting and moving people,0,1,,1,,25/11/2026,24/05/2027,On the job`);
    expect(trainingFileErrors(training.csv)).toEqual([]);

    const workers = await core.ok('training.ascWdsExport', { file: 'worker', firstUpload: true });
    const [header, ...rows] = workers.csv.trim().split('\r\n');
    expect(header).toBe(WORKER_HEADERS.join(','));
    expect(rows.find((r) => r.includes(sam.id))).toBe(
      `W1234,${sam.id},NEW,Sam Carter,QQ123456C,LS1 2AB,02/04/1990,,,,,,,,2,3,,,,01/06/2026,,,,,,,,,,52,,,,,,,,,,,,,,`,
    );
    expect(workerFileErrors(workers.csv)).toEqual([]);
  });
});
