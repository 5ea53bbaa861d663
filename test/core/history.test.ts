import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import type { Context, WriteContext } from '../../electron/core/area.js';
import { REGISTRY } from '../../electron/core/areas.js';
import { recordedWrite } from '../../electron/core/write-path.js';
import { isWrite, type CoreMethodName, type HistoryLine, type Input } from '../../electron/shared/api/index.js';
import { contextOn, coreWithBook, tempDir, withBook, type TestCore } from './helpers.js';

/**
 * The book's history: each write leaves exactly one line, with the right PA, area and words;
 * a refused write leaves none; deleting a PA (or a kind of record once its time is up) takes
 * their lines with it, and the history keeps only that the deletion happened.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1');

async function newest(core: TestCore): Promise<HistoryLine[]> {
  return (await core.ok('history.list', { limit: 200 })).lines;
}

interface Step {
  method: CoreMethodName;
  input: () => unknown;
  /** Whose line: a PA's name, or '' for the book as a whole. */
  about: string;
  summary: RegExp;
  changes?: { field: string; from: string; to: string }[];
}

describe('each write leaves one line in the history', () => {
  test('every recorded write method, with its PA, area and words', async () => {
    let clock = Date.parse('2023-01-10T12:00:00Z');
    const { core } = await coreWithBook({ now: () => new Date(clock) });
    const files = tempDir('carebook-files-');
    const ids: Record<string, string> = {};

    const steps: Step[] = [
      { method: 'settings.update', input: () => ({ autoLockMinutes: 10 }), about: '', summary: /^Changed your settings$/, changes: [{ field: 'Lock after this many minutes', from: '5', to: '10' }] },
      {
        method: 'employer.update',
        input: () => ({ kind: 'individual', name: 'Jo Employer', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', phone: '0113 000' }),
        about: '',
        summary: /^Added your employer details$/,
      },
      {
        method: 'employer.updateInsurance',
        input: () => ({ insurer: 'Acme', policyNumber: 'P1', coverPounds: 5_000_000, renewsOn: '2024-01-01' }),
        about: '',
        summary: /^Changed your employer's liability insurance$/,
        changes: [
          { field: 'Insurer', from: '', to: 'Acme' },
          { field: 'Policy number', from: '', to: 'P1' },
          { field: 'Amount of cover', from: '', to: '£5 million' },
          { field: 'Renewal date', from: '', to: '1 January 2024' },
        ],
      },
      { method: 'employer.updatePayroll', input: () => ({ payeReference: '123/AB456' }), about: '', summary: /^Changed your payroll and pension details$/ },
      { method: 'employer.updateFunding', input: () => ({ localAuthority: 'Leeds', wageArea: 'elsewhere' }), about: '', summary: /^Changed your direct payments details$/ },
      {
        method: 'workers.create',
        input: () => ({ fullName: 'Sam Carter', status: 'active', startDate: '2021-01-05', jobTitle: 'Personal assistant' }),
        about: 'Sam Carter',
        summary: /^Added Sam Carter, working for you from 5 January 2021$/,
      },
      {
        method: 'workers.update',
        input: () => ({ id: ids.sam, fullName: 'Sam Carter', startDate: '2021-01-05', jobTitle: 'Senior personal assistant' }),
        about: 'Sam Carter',
        summary: /^Changed their details$/,
        changes: [{ field: 'Job title', from: 'Personal assistant', to: 'Senior personal assistant' }],
      },
      {
        method: 'checks.saveRightToWork',
        input: () => ({ workerId: ids.sam, checkedOn: '2021-01-04', method: 'documents', permission: 'unlimited' }),
        about: 'Sam Carter',
        summary: /^Recorded a right-to-work check done on 4 January 2021$/,
      },
      {
        method: 'checks.saveDbs',
        input: () => ({ workerId: ids.sam, level: 'enhanced', adultsBarredList: true, childrenBarredList: false, issuedOn: '2020-12-20' }),
        about: 'Sam Carter',
        summary: /^Recorded a DBS check issued on 20 December 2020$/,
      },
      {
        method: 'checks.addDbsStatusCheck',
        input: () => ({ dbsCheckId: ids.dbs, checkedOn: '2022-12-20', result: 'no-change' }),
        about: 'Sam Carter',
        summary: /^Recorded a DBS status check on 20 December 2022: no change$/,
      },
      {
        method: 'checks.saveReference',
        input: () => ({ workerId: ids.sam, refereeName: 'Pat Referee', outcome: 'satisfactory' }),
        about: 'Sam Carter',
        summary: /^Recorded a reference from Pat Referee$/,
      },
      {
        method: 'checks.saveInterview',
        input: () => ({ workerId: ids.sam, heldOn: '2020-12-01', answers: [], outcome: 'offer' }),
        about: 'Sam Carter',
        summary: /^Recorded an interview held on 1 December 2020$/,
      },
      { method: 'checks.delete', input: () => ({ kind: 'interview', id: ids.interview }), about: 'Sam Carter', summary: /^Deleted the interview held on 1 December 2020, with any copies kept with it$/ },
      {
        method: 'contracts.save',
        input: () => ({ ...terms(ids.sam!), appliesFrom: '2021-01-05' }),
        about: 'Sam Carter',
        summary: /^Wrote the written statement \(version 1\), from 5 January 2021$/,
      },
      {
        method: 'contracts.recordIssued',
        input: () => ({ versionId: ids.version, issuedOn: '2021-01-05' }),
        about: 'Sam Carter',
        summary: /^Recorded that they were given version 1 of their statement on 5 January 2021$/,
      },
      {
        method: 'contracts.recordAgreement',
        input: () => ({ versionId: ids.version, agreedOn: '2021-01-06' }),
        about: 'Sam Carter',
        summary: /^Recorded that they agreed to version 1 on 6 January 2021$/,
      },
      {
        method: 'documents.add',
        input: () => ({ workerId: ids.sam, path: join(files, 'passport.pdf'), kind: 'right-to-work', label: 'Passport', linkedId: ids.rtw }),
        about: 'Sam Carter',
        summary: /^Added a document, “Passport” \(passport\.pdf, 1 KB\)$/,
      },
      {
        method: 'documents.rename',
        input: () => ({ id: ids.document, label: 'Passport, photo page' }),
        about: 'Sam Carter',
        summary: /^Renamed a document \(passport\.pdf\)$/,
        changes: [{ field: 'What the document is', from: 'Passport', to: 'Passport, photo page' }],
      },
      { method: 'documents.delete', input: () => ({ id: ids.document }), about: 'Sam Carter', summary: /^Deleted a document, “Passport, photo page” \(passport\.pdf\)$/ },
      { method: 'training.saveTopic', input: () => ({ name: 'PEG feeding', category: 38, intervalMonths: 12, requiredForAll: false }), about: '', summary: /^Added the training topic “PEG feeding”$/ },
      { method: 'training.setRequirement', input: () => ({ topicId: 'fire-safety', roleCode: 52, required: true }), about: '', summary: /^Said every support worker needs “Fire safety”$/ },
      { method: 'training.saveSettings', input: () => ({ localEstId: 'W123', dueWithinDays: 30 }), about: '', summary: /^Changed your training settings$/ },
      { method: 'training.setProfile', input: () => ({ workerId: ids.sam, roleCode: 52 }), about: 'Sam Carter', summary: /^Changed their job role for training$/, changes: [{ field: 'Job role', from: '', to: 'Support worker' }] },
      { method: 'training.excuse', input: () => ({ topicId: 'fire-safety', workerId: ids.sam, reason: 'Trained by the fire service in their other job' }), about: 'Sam Carter', summary: /^Said they do not need “Fire safety”$/, changes: [{ field: 'Why they do not need it', from: '', to: 'Trained by the fire service in their other job' }] },
      { method: 'training.endExcusal', input: () => ({ topicId: 'fire-safety', workerId: ids.sam }), about: 'Sam Carter', summary: /^Said they need “Fire safety” after all$/ },
      { method: 'training.saveRecord', input: () => ({ workerId: ids.sam, topicId: 'fire-safety', completedOn: '2022-12-01', how: 'face-to-face', provider: 'Example Fire' }), about: 'Sam Carter', summary: /^Recorded “Fire safety” training done on 1 December 2022$/ },
      { method: 'training.deleteRecord', input: () => ({ id: ids['training.saveRecord'] }), about: 'Sam Carter', summary: /^Deleted the “Fire safety” training done on 1 December 2022$/ },
      { method: 'training.saveStandard', input: () => ({ workerId: ids.sam, version: '2025', standard: 1, status: 'competent', on: '2022-12-05', assessor: 'Jo' }), about: 'Sam Carter', summary: /^Care Certificate standard 1, Understand your role: assessed competent$/ },
      { method: 'training.setCareCertificate', input: () => ({ workerId: ids.sam, version: '2025', completedOn: '2023-01-05' }), about: 'Sam Carter', summary: /^Recorded the Care Certificate completed on 5 January 2023$/ },
      { method: 'training.saveQualification', input: () => ({ workerId: ids.sam, name: 'Level 2 Adult Social Care Certificate', code: 158, status: 'working-towards', startedOn: '2022-10-01' }), about: 'Sam Carter', summary: /^Recorded the qualification Level 2 Adult Social Care Certificate$/ },
      { method: 'training.deleteQualification', input: () => ({ id: ids['training.saveQualification'] }), about: 'Sam Carter', summary: /^Deleted the qualification Level 2 Adult Social Care Certificate$/ },
      { method: 'training.savePlan', input: () => ({ workerId: ids.sam, topicId: 'medication', targetOn: '2023-02-01' }), about: 'Sam Carter', summary: /^Planned “Medication” by 1 February 2023$/ },
      { method: 'training.deletePlan', input: () => ({ id: ids['training.savePlan'] }), about: 'Sam Carter', summary: /^Took “Medication” off the plan$/ },
      { method: 'pay.addReferenceRate', input: () => ({ series: 'rlw-uk', from: '2026-10-20', amountPence: 1400, source: 'Living Wage Foundation' }), about: '', summary: /^Added a newer Real Living Wage, UK: £14\.00 an hour from 20 October 2026 \(from Living Wage Foundation\)$/ },
      { method: 'pay.saveRate', input: () => ({ workerId: ids.sam, appliesFrom: '2022-04-01', reason: 'annual-review', standardPence: 1300, weekendPence: 0, bankHolidayPence: 0, wakingNightPence: 0, sleepInPence: 5000, travelPence: 0, onCallPence: 0 }), about: 'Sam Carter', summary: /^Set their pay from 1 April 2022: £13\.00 an hour \(annual review\)$/, changes: [{ field: 'Standard hourly rate', from: '£12.71', to: '£13.00' }, { field: 'Sleep-in, a night', from: '£0.00', to: '£50.00' }] },
      { method: 'pay.addShift', input: () => ({ workerId: ids.sam, date: '2022-05-03', start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work' }), about: 'Sam Carter', summary: /^Added a work shift on 3 May 2022, 09:00 to 13:00 \(4 hours\)$/ },
      { method: 'pay.deleteShift', input: () => ({ shiftId: ids.shift }), about: 'Sam Carter', summary: /^Deleted the work shift on 3 May 2022, 09:00 to 13:00$/ },
      { method: 'pay.fillFromPattern', input: () => ({ workerId: ids.sam, from: '2022-05-02', to: '2022-05-08', shifts: [{ weekday: 'tuesday', start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work' }] }), about: 'Sam Carter', summary: /^Added 1 shift from a weekly pattern, 2 May 2022 to 8 May 2022$/ },
      {
        method: 'pay.importShifts',
        input: async () => {
          const csv = 'Date,Start,End\n04/05/2022,09:00,12:00\n';
          const { checked } = await core.ok('pay.importShiftsPreview', { workerId: ids.sam!, csv });
          return { workerId: ids.sam, csv, checked };
        },
        about: 'Sam Carter',
        summary: /^Added 1 shift from a spreadsheet, 4 May 2022 to 4 May 2022/,
      },
      { method: 'pay.saveCostSettings', input: () => ({ councilHourlyPence: 1850, insuranceYearPence: 12000, payrollFeePence: 1500, payrollFeePer: 'month', claimsAllowance: 'yes', pensionPercent: 0 }), about: '', summary: /^Changed your cost settings$/ },
      { method: 'pay.saveBudget', input: () => ({ budgetPence: 200000, budgetFrequency: 'monthly', budgetStartsOn: '' }), about: '', summary: /^Changed your direct-payment budget$/, changes: [{ field: 'Direct-payment budget', from: '', to: '£2,000.00' }, { field: 'How often the council pays it', from: '', to: 'Every month' }] },
      {
        method: 'workers.setStatus',
        input: () => ({ id: ids.sam, status: 'left', leftOn: '2023-01-09', leftReason: 'Moved away' }),
        about: 'Sam Carter',
        summary: /^Marked as left on 9 January 2023: Moved away$/,
      },
      { method: 'workers.import', input: () => ({ csv: 'Full name,Start date\nAsha Import,01/02/2022\n' }), about: 'Asha Import', summary: /^Added Asha Import from a spreadsheet, working for you from 1 February 2022$/ },
    ];
    writeFileSync(join(files, 'passport.pdf'), PDF);

    const checked = new Set<string>();
    for (const step of steps) {
      const before = await newest(core);
      const value = (await core.ok(step.method, (await step.input()) as Input<typeof step.method>)) as Record<string, unknown>;
      remember(step.method, value, ids);
      const after = await newest(core);
      expect(after.length, step.method).toBe(before.length + 1);
      const line = after[0]!;
      expect(line, step.method).toMatchObject({ method: step.method, area: step.method.split('.')[0], workerName: step.about });
      expect(line.summary, step.method).toMatch(step.summary);
      if (step.changes) expect(line.changes, step.method).toEqual(step.changes);
      checked.add(step.method);
    }

    // Two years after Sam left, right-to-work records may go: their lines go with them.
    clock = Date.parse('2025-01-10T12:00:00Z');
    const samLines = () => core.ok('history.list', { workerId: ids.sam!, limit: 200 });
    expect((await samLines()).lines.some((l) => l.method === 'checks.saveRightToWork')).toBe(true);
    await core.ok('retention.delete', { workerId: ids.sam!, kind: 'right-to-work', confirm: true });
    const afterRetention = (await samLines()).lines;
    expect(afterRetention[0]!.summary).toBe(
      'Deleted right-to-work checks and copies (1 record), and their lines in this history, because the time to keep them had passed',
    );
    // The check and the passport copy filed with it were right-to-work records; their lines went with them.
    expect(afterRetention.filter((l) => l.method === 'checks.saveRightToWork' || l.method.startsWith('documents.'))).toEqual([]);
    expect(afterRetention.some((l) => l.method === 'checks.saveDbs')).toBe(true);
    checked.add('retention.delete');

    // Deleting a PA takes their lines; the history keeps only that it happened, without their name.
    const bookBefore = await newest(core);
    await core.ok('workers.delete', { id: ids.sam!, confirmName: 'Sam Carter' });
    const bookAfter = await newest(core);
    expect(bookAfter[0]).toMatchObject({ method: 'workers.delete', workerId: '', workerName: '', summary: 'Deleted a PA and every record about them, including their history' });
    expect(bookAfter.some((l) => l.workerId === ids.sam || /Sam/.test(l.summary))).toBe(false);
    expect(bookAfter.length).toBe(bookBefore.length - afterRetention.length + 1);
    expect((await core.fails('history.list', { workerId: ids.sam! })).code).toBe('not_found');
    checked.add('workers.delete');

    // Every recorded write method has its step here: a new one must add its own.
    const recorded = Object.keys(REGISTRY.handlers).filter((m) => isWrite(m as CoreMethodName) && !REGISTRY.unrecorded.has(m));
    expect([...checked].sort()).toEqual(recorded.sort());
  });
});

describe('what the history does not keep', () => {
  test('a refused write leaves no line and no change', async () => {
    const { core } = await coreWithBook();
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'applicant' });
    const before = await newest(core);
    expect((await core.fails('workers.update', { id: sam.id, fullName: 'Sam Carter', dateOfBirth: '2999-01-01' })).fields).toHaveProperty('dateOfBirth');
    expect((await core.fails('checks.saveReference', { workerId: sam.id, refereeName: 'Pat', outcome: 'satisfactory', requestedOn: '2026-02-01', receivedOn: '2026-01-01' })).code).toBe('invalid_input');
    expect((await core.fails('workers.delete', { id: sam.id, confirmName: 'Someone Else' })).code).toBe('invalid_input');
    expect(await newest(core)).toEqual(before);
    expect(await core.ok('workers.get', { id: sam.id })).toMatchObject({ dateOfBirth: '' });
  });

  test('saving what is already there changes nothing and writes no line', async () => {
    const { core } = await coreWithBook();
    const employer = { kind: 'individual', name: 'Jo', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', phone: '0113 000' } as const;
    await core.ok('employer.update', employer);
    await core.ok('settings.update', { autoLockMinutes: 7 });
    const before = await newest(core);
    await core.ok('employer.update', employer);
    await core.ok('settings.update', { autoLockMinutes: 7 });
    expect(await newest(core)).toEqual(before);
  });

  test('a write that changes the book without saying what it changed is refused, and rolled back', async () => {
    const { core, folder } = await coreWithBook();
    await withBook(core, folder, async (db) => {
      const ctx = { ...contextOn(db, '2026-01-01', new Date()), book: () => ({ db }) } as unknown as Context;
      const forgetful = async (c: WriteContext) => {
        await c.db().insertInto('setting').values({ key: 'forgotten', value: '1' }).execute();
      };
      await expect(recordedWrite(ctx, 'settings.update', forgetful as never, {})).rejects.toThrow('settings.update changed the book but recorded no history line');
      const { rows } = await sql`select count(*) as n from setting where key = 'forgotten'`.execute(db);
      expect(rows).toEqual([{ n: 0 }]);
    });
  });

  test('the history is newest first, a page at a time, and filtered by area', async () => {
    let clock = Date.parse('2026-01-01T09:00:00Z');
    const { core } = await coreWithBook({ now: () => new Date((clock += 60_000)) });
    const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'applicant' });
    for (let i = 1; i <= 5; i++) await core.ok('settings.update', { autoLockMinutes: i + 10 });
    await core.ok('checks.saveReference', { workerId: sam.id, refereeName: 'Pat', outcome: 'waiting' });

    const first = await core.ok('history.list', { limit: 3 });
    expect(first.lines.map((l) => l.area)).toEqual(['checks', 'settings', 'settings']);
    expect(first.more).toBe(true);
    const rest = await core.ok('history.list', { limit: 10, before: first.lines.at(-1)!.id });
    expect(rest.lines.map((l) => l.area)).toEqual(['settings', 'settings', 'settings', 'workers']);
    expect(rest.more).toBe(false);
    expect([...first.lines, ...rest.lines].map((l) => l.at)).toEqual([...first.lines, ...rest.lines].map((l) => l.at).sort().reverse());

    expect((await core.ok('history.list', { area: 'checks' })).lines.map((l) => l.summary)).toEqual(['Recorded a reference from Pat']);
    expect((await core.ok('history.list', { workerId: sam.id })).lines.map((l) => l.area)).toEqual(['checks', 'workers']);
    // Every area whose writes are recorded, in the order of areas.ts; not the book's own lifecycle.
    const labels = first.areas.map((a) => a.label);
    expect(labels.filter((l) => ['Settings', 'Your employer details', 'Details', 'Checks', 'Contract', 'Documents', 'Records'].includes(l))).toEqual([
      'Settings',
      'Your employer details',
      'Details',
      'Checks',
      'Contract',
      'Documents',
      'Records',
    ]);
    expect(labels).not.toContain('Your book');
    expect((await core.fails('history.list', { area: 'book' })).fields).toEqual({ area: 'Choose an area from the list' });
  });
});

/** Keep the ids later steps need. */
function remember(method: string, value: Record<string, unknown>, ids: Record<string, string>) {
  const id = value.id as string | undefined;
  if (method === 'workers.create') ids.sam = id!;
  if (method === 'checks.saveRightToWork') ids.rtw = id!;
  if (method === 'checks.saveDbs') ids.dbs = id!;
  if (method === 'checks.saveInterview') ids.interview = id!;
  if (method === 'contracts.save') ids.version = id!;
  if (method === 'documents.add') ids.document = id!;
  if (method.startsWith('training.')) ids[method] = id!;
  if (method === 'pay.addShift') ids.shift = id!;
}

function terms(workerId: string) {
  return {
    workerId,
    jobTitle: 'Senior personal assistant',
    placeOfWork: 'At my home',
    hourlyRatePence: 1271,
    payFrequency: 'monthly',
    payDay: 'The last Friday of the month',
    hoursPerWeek: 20,
    workingPattern: 'Weekdays, 9 to 1',
    holidayMethod: 'weeks',
    daysPerWeek: 5,
    holidayYearStarts: '1 April',
    sickPay: 'Statutory Sick Pay',
    employerNoticeWeeks: 1,
    workerNoticeWeeks: 1,
    kind: 'permanent',
    probationMonths: 3,
    workAbroad: 'None',
    requiredTraining: 'The Care Certificate',
  };
}
