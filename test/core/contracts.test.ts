import { describe, expect, test } from 'vitest';
import type { Input } from '../../electron/shared/api/index.js';
import { coreWithBook, type TestCore } from './helpers.js';

type Terms = Input<'contracts.save'>;

/** A full set of terms a PA might have; tests change what they need. */
function terms(workerId: string, changes: Partial<Terms> = {}): Terms {
  return {
    workerId,
    appliesFrom: '2026-01-05',
    jobTitle: 'Personal assistant',
    placeOfWork: "At Alex's home, 1 Sample Street, Exampleton",
    hourlyRatePence: 1271,
    payFrequency: 'monthly',
    payDay: 'the last Friday of the month',
    hoursPerWeek: 16,
    workingPattern: 'Monday, Wednesday and Friday, 9am to 2pm',
    holidayMethod: 'weeks',
    daysPerWeek: 3,
    holidayYearStarts: '1 April',
    sickPay: 'Statutory Sick Pay only.',
    employerNoticeWeeks: 2,
    workerNoticeWeeks: 1,
    kind: 'permanent',
    probationMonths: 3,
    workAbroad: 'You will not work outside the UK.',
    requiredTraining: 'Moving and handling, in your first month. Your employer pays for it.',
    ...changes,
  };
}

/** A book whose clock can be moved, with one active PA. */
async function bookWithPa(startDate = '2026-01-05', today = '2026-03-01') {
  const clock = { now: new Date(`${today}T12:00:00Z`) };
  const { core } = await coreWithBook({ now: () => clock.now });
  const pa = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate, jobTitle: 'Carer' });
  const setToday = (date: string) => (clock.now = new Date(`${date}T12:00:00Z`));
  return { core, pa, setToday };
}

async function versionCount(core: TestCore, workerId: string) {
  return (await core.ok('contracts.get', { workerId })).versions.length;
}

describe('the written statement', () => {
  test('a PA with no contract yet has none', async () => {
    const { core, pa } = await bookWithPa();
    expect(await core.ok('contracts.get', { workerId: pa.id })).toEqual({ current: null, versions: [], facts: null });
  });

  test('the first version keeps every term, and the facts follow the rules', async () => {
    const { core, pa } = await bookWithPa();
    const saved = await core.ok('contracts.save', terms(pa.id, { jobDescription: 'Personal care and getting out and about.' }));
    expect(saved).toMatchObject({
      ...terms(pa.id),
      jobDescription: 'Personal care and getting out and about.',
      version: 1,
      issuedOn: '',
      agreedOn: '',
      continuousEmploymentFrom: '',
    });

    const contract = await core.ok('contracts.get', { workerId: pa.id });
    expect(contract.current).toEqual(saved);
    expect(contract.versions).toEqual([saved]);
    expect(contract.facts).toEqual({
      service: { years: 0, months: 1 },
      statutoryEmployerNoticeWeeks: 1,
      statutoryWorkerNoticeWeeks: 1,
      employerNoticeWeeks: 2,
      workerNoticeWeeks: 1,
      probationEndsOn: '2026-04-04',
      statementDueBy: '2026-01-05',
      statementLate: true, // not given, and the first day has passed
      holidayDaysPerYear: 16.8,
      holidayAccrualPercent: null,
    });

    // The PA's record takes the contract's job title.
    expect((await core.ok('workers.get', { id: pa.id })).jobTitle).toBe('Personal assistant');
  });

  test('recording when it was given: on time, late, and never in the future', async () => {
    const { core, pa } = await bookWithPa();
    const v1 = await core.ok('contracts.save', terms(pa.id));

    const future = await core.fails('contracts.recordIssued', { versionId: v1.id, issuedOn: '2026-03-02' });
    expect(future.code).toBe('invalid_input');
    expect(future.fields?.issuedOn).toBe('The date you gave them the statement must be today or in the past');

    expect((await core.ok('contracts.recordIssued', { versionId: v1.id, issuedOn: '2026-01-05' })).issuedOn).toBe('2026-01-05');
    expect((await core.ok('contracts.get', { workerId: pa.id })).facts?.statementLate).toBe(false);

    await core.ok('contracts.recordIssued', { versionId: v1.id, issuedOn: '2026-01-20' });
    expect((await core.ok('contracts.get', { workerId: pa.id })).facts?.statementLate).toBe(true);
  });

  test('a change makes version 2 and keeps version 1 as it was', async () => {
    const { core, pa, setToday } = await bookWithPa();
    const v1 = await core.ok('contracts.save', terms(pa.id));
    const v2 = await core.ok(
      'contracts.save',
      terms(pa.id, { appliesFrom: '2026-04-01', hourlyRatePence: 1330, jobTitle: 'Senior PA', changeSummary: 'Pay rise to £13.30 an hour.' }),
    );
    expect(v2).toMatchObject({ version: 2, appliesFrom: '2026-04-01', hourlyRatePence: 1330, changeSummary: 'Pay rise to £13.30 an hour.' });

    // Not started yet: version 1 still applies, and the PA's job title waits too.
    let contract = await core.ok('contracts.get', { workerId: pa.id });
    expect(contract.current?.id).toBe(v1.id);
    expect(contract.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(contract.versions[1]).toEqual(v1);
    expect((await core.ok('workers.get', { id: pa.id })).jobTitle).toBe('Personal assistant');

    setToday('2026-04-01');
    contract = await core.ok('contracts.get', { workerId: pa.id });
    expect(contract.current?.id).toBe(v2.id);
    expect(contract.current?.hourlyRatePence).toBe(1330);
    expect(contract.versions[1]).toEqual(v1);

    const agreed = await core.ok('contracts.recordAgreement', { versionId: v2.id, agreedOn: '2026-03-20' });
    expect(agreed.agreedOn).toBe('2026-03-20');
    const future = await core.fails('contracts.recordAgreement', { versionId: v2.id, agreedOn: '2026-04-02' });
    expect(future.fields?.agreedOn).toBe('The date they agreed to the change must be today or in the past');
  });

  test('a change must start after the version before it, and say what changed', async () => {
    const { core, pa } = await bookWithPa();
    await core.ok('contracts.save', terms(pa.id));
    await core.ok('contracts.save', terms(pa.id, { appliesFrom: '2026-04-01', changeSummary: 'Pay rise' }));

    for (const appliesFrom of ['2026-04-01', '2026-03-31', '2025-12-01']) {
      const error = await core.fails('contracts.save', terms(pa.id, { appliesFrom, changeSummary: 'Fewer hours' }));
      expect(error.code).toBe('invalid_input');
      expect(error.fields?.appliesFrom).toBe('The date these terms start must be after 1 April 2026, when version 2 started');
    }
    const unsaid = await core.fails('contracts.save', terms(pa.id, { appliesFrom: '2026-05-01' }));
    expect(unsaid.fields).toEqual({ changeSummary: 'Say what changed' });
    expect(unsaid.message).toBe('Say what changed');
    expect(await versionCount(core, pa.id)).toBe(2);
  });

  test('the first version cannot start before the PA did', async () => {
    const { core, pa } = await bookWithPa();
    const error = await core.fails('contracts.save', terms(pa.id, { appliesFrom: '2026-01-04' }));
    expect(error.fields?.appliesFrom).toBe('The date these terms start must be on or after their start date, 5 January 2026');
    const continuous = await core.fails('contracts.save', terms(pa.id, { continuousEmploymentFrom: '2026-01-06' }));
    expect(continuous.fields?.continuousEmploymentFrom).toMatch(/on or before their start date, 5 January 2026/);
    expect(await versionCount(core, pa.id)).toBe(0);
  });

  test('holiday as 12.07% of hours worked only for terms from 1 April 2024', async () => {
    const { core, pa } = await bookWithPa('2024-01-08', '2024-06-01');
    const irregular = { holidayMethod: 'accrual' as const, hoursPerWeek: 0, daysPerWeek: 0 };
    const before = await core.fails('contracts.save', terms(pa.id, { appliesFrom: '2024-01-08', ...irregular }));
    expect(before.code).toBe('invalid_input');
    expect(before.fields?.holidayMethod).toMatch(/terms that start on or after 1 April 2024/);
    expect(await versionCount(core, pa.id)).toBe(0);

    await core.ok('contracts.save', terms(pa.id, { appliesFrom: '2024-01-08' }));
    const from = await core.ok('contracts.save', terms(pa.id, { appliesFrom: '2024-04-01', changeSummary: 'Irregular hours', ...irregular }));
    expect(from.holidayMethod).toBe('accrual');
    const facts = (await core.ok('contracts.get', { workerId: pa.id })).facts;
    expect(facts).toMatchObject({ holidayDaysPerYear: null, holidayAccrualPercent: 12.07 });
  });

  test('holiday in weeks needs the days worked', async () => {
    const { core, pa } = await bookWithPa();
    const error = await core.fails('contracts.save', terms(pa.id, { daysPerWeek: 0 }));
    expect(error.fields?.daysPerWeek).toMatch(/Enter the days they work a week/);
  });

  test('notice grows with service: the longer of contract and statute applies', async () => {
    const { core, pa, setToday } = await bookWithPa('2018-06-01', '2026-06-01');
    await core.ok('contracts.save', terms(pa.id, { appliesFrom: '2018-06-01', employerNoticeWeeks: 4 }));
    let facts = (await core.ok('contracts.get', { workerId: pa.id })).facts!;
    expect(facts).toMatchObject({ service: { years: 8, months: 0 }, statutoryEmployerNoticeWeeks: 8, employerNoticeWeeks: 8 });
    expect(facts.statementDueBy).toBe('2018-07-31'); // before 6 April 2020: within 2 months
    setToday('2031-01-01');
    facts = (await core.ok('contracts.get', { workerId: pa.id })).facts!;
    expect(facts).toMatchObject({ service: { years: 12, months: 7 }, statutoryEmployerNoticeWeeks: 12, employerNoticeWeeks: 12 });
  });

  test('unknown PAs and versions are not found', async () => {
    const { core } = await bookWithPa();
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await core.fails('contracts.get', { workerId: nobody })).code).toBe('not_found');
    expect((await core.fails('contracts.save', terms(nobody))).code).toBe('not_found');
    expect((await core.fails('contracts.recordIssued', { versionId: nobody, issuedOn: '2026-01-05' })).code).toBe('not_found');
    expect((await core.fails('contracts.recordAgreement', { versionId: nobody, agreedOn: '2026-01-05' })).code).toBe('not_found');
    expect((await core.fails('contracts.statement', { versionId: nobody })).code).toBe('not_found');
  });

  test('the statement needs the employer details first', async () => {
    const { core, pa } = await bookWithPa();
    const v1 = await core.ok('contracts.save', terms(pa.id));
    const error = await core.fails('contracts.statement', { versionId: v1.id });
    expect(error).toMatchObject({ code: 'not_found', message: 'Fill in your employer details first: your name and address go on the statement.' });
    await core.ok('employer.update', { kind: 'individual', name: 'Alex Example' });
    const { fileName, pdfBase64 } = await core.ok('contracts.statement', { versionId: v1.id });
    expect(fileName).toBe('Written statement - Sam Carter - version 1.pdf');
    expect(Buffer.from(pdfBase64, 'base64').subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  test('a fixed-term job needs an end date after its start', async () => {
    const { core, pa } = await bookWithPa();
    expect((await core.fails('contracts.save', terms(pa.id, { kind: 'fixed-term' }))).fields?.endsOn).toBe('Enter the date the job ends');
    const saved = await core.ok('contracts.save', terms(pa.id, { kind: 'fixed-term', endsOn: '2026-12-31' }));
    expect(saved.endsOn).toBe('2026-12-31');
  });
});
