import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { payAttention } from '../../electron/core/pay/attention.js';
import { PAYROLL_HEADER } from '../../electron/core/pay/period-handlers.js';
import type { Input } from '../../electron/shared/api/index.js';
import { contextOn, coreWithBook, tempDir, withBook, type TestCore } from './helpers.js';

/** Pay and hours on a real encrypted book: rates with history, shifts, a pattern, the period summary, the CSV and the timesheet. */

function terms(workerId: string, changes: Partial<Input<'contracts.save'>> = {}): Input<'contracts.save'> {
  return {
    workerId,
    appliesFrom: '2026-01-05',
    jobTitle: 'Personal assistant',
    placeOfWork: 'At my home',
    hourlyRatePence: 1250,
    payFrequency: 'monthly',
    payDay: 'the last Friday of the month',
    hoursPerWeek: 20,
    workingPattern: 'Weekdays, 9 to 1',
    holidayMethod: 'weeks',
    daysPerWeek: 5,
    holidayYearStarts: '1 April',
    sickPay: 'Statutory Sick Pay only.',
    employerNoticeWeeks: 2,
    workerNoticeWeeks: 1,
    kind: 'permanent',
    probationMonths: 3,
    workAbroad: 'You will not work outside the UK.',
    requiredTraining: 'Moving and handling.',
    ...changes,
  };
}

const rate = (workerId: string, appliesFrom: string, standardPence: number, extra: Partial<Input<'pay.saveRate'>> = {}): Input<'pay.saveRate'> => ({
  workerId, appliesFrom, reason: 'annual-review', standardPence, weekendPence: 0, bankHolidayPence: 0, wakingNightPence: 0, sleepInPence: 0, travelPence: 0, onCallPence: 0, ...extra,
});

async function book(today = '2026-03-10') {
  const clock = { now: new Date(`${today}T12:00:00Z`) };
  const { core, folder } = await coreWithBook({ now: () => clock.now });
  await core.ok('employer.update', { kind: 'individual', name: 'Jo Employer', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', phone: '0113 000' });
  await core.ok('employer.updateFunding', { localAuthority: 'Leeds', wageArea: 'elsewhere' });
  const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-01-05', dateOfBirth: '1990-05-10', niNumber: 'QQ123456C' });
  await core.ok('contracts.save', terms(sam.id));
  return { core, folder, sam, setToday: (d: string) => (clock.now = new Date(`${d}T12:00:00Z`)) };
}

const shift = (workerId: string, date: string, start: string, end: string, extra: Partial<Input<'pay.addShift'>> = {}): Input<'pay.addShift'> => ({ workerId, date, start, end, breakMinutes: 0, kind: 'work', ...extra });

describe('pay rates', () => {
  test('the statement’s rate is the first pay rate; saved rates follow with their history, each checked on its own date', async () => {
    const { core, sam } = await book();
    let pay = await core.ok('pay.rates', { workerId: sam.id });
    expect(pay.rates).toMatchObject([{ from: 'contract', standardPence: 1250, reason: 'starting', check: { status: 'lawful', minimum: { ratePence: 1221 } } }]);
    // Warned ahead of April: £12.50 will be under £12.71.
    expect(pay.coming).toMatchObject([{ on: '2026-04-01', why: 'april', minimum: { ratePence: 1271, gapPence: 21 } }]);

    await core.ok('pay.saveRate', rate(sam.id, '2026-04-01', 1300, { sleepInPence: 5000 }));
    pay = await core.ok('pay.rates', { workerId: sam.id });
    expect(pay.rates.map((r) => [r.appliesFrom, r.standardPence, r.from])).toEqual([['2026-04-01', 1300, 'pay'], ['2026-01-05', 1250, 'contract']]);
    expect(pay.coming).toEqual([]);
    expect(pay.rates[0]!.check).toMatchObject({ status: 'lawful', realLivingWage: { series: 'rlw-uk', ratePence: 1345, gapPence: 45 } });
    expect(pay.lines.find((l) => l.date === '2026-04-01')).toEqual({ date: '2026-04-01', minimumPence: 1271, realLivingWagePence: 1345, ratePence: 1300 });

    const again = await core.fails('pay.saveRate', rate(sam.id, '2026-04-01', 1350));
    expect(again.fields?.appliesFrom).toMatch(/^They already have a pay rate from 1 April 2026/);
    expect((await core.fails('pay.saveRate', rate(sam.id, '2025-12-01', 1350))).fields?.appliesFrom).toBe('The date this rate starts must be on or after their start date, 5 January 2026');
  });

  test('£9.50 for a 36-year-old is below the legal minimum, on the Pay tab, in the check the contract form uses, and on Home', async () => {
    const { core, folder, sam } = await book('2026-06-01');
    await core.ok('pay.saveRate', rate(sam.id, '2026-05-01', 950));
    const pay = await core.ok('pay.rates', { workerId: sam.id });
    expect(pay.today?.check).toMatchObject({ status: 'under', minimum: { ratePence: 1271, gapPence: 321, gapPerYearPence: 321 * 20 * 52, age: 36 } });
    expect(await core.ok('pay.checkRate', { workerId: sam.id, ratePence: 950, date: '2026-06-01' })).toMatchObject({ status: 'under' });
    await withBook(core, folder, async (db) => {
      const items = await payAttention(contextOn(db, '2026-06-01', new Date('2026-06-01T12:00:00Z')));
      expect(items.find((i) => i.id === `pay.under-minimum.${sam.id}`)).toMatchObject({ urgency: 'unlawful', title: 'Below the legal minimum: Sam Carter is paid £9.50 an hour' });
    });
  });

  test('the written statement refuses £9.50 an hour for a 36-year-old, naming the minimum and the gap', async () => {
    const { core, sam } = await book('2026-06-01');
    const refused = await core.fails('contracts.save', terms(sam.id, { appliesFrom: '2026-06-01', hourlyRatePence: 950, changeSummary: 'Pay cut' }));
    expect(refused.fields?.hourlyRatePence).toBe('The hourly rate must be at least £12.71, the National Living Wage (21 and over) for them on 1 June 2026. £9.50 is £3.21 an hour under it (about £3,338.40 a year).');
    const noAge = await core.ok('workers.create', { fullName: 'Ali Khan', status: 'active', startDate: '2026-05-01' });
    expect((await core.fails('contracts.save', terms(noAge.id, { appliesFrom: '2026-05-01', hourlyRatePence: 1100 }))).fields?.hourlyRatePence).toMatch(/If they are under 21, add their date of birth on their Details tab first\.$/);
  });

  test('a newer rate the employer adds overrides the built-in one only from its date, and is marked as theirs', async () => {
    const { core, sam, setToday } = await book('2027-03-01');
    const refused = await core.fails('pay.addReferenceRate', { series: 'minimum-21-and-over', from: '2026-04-01', amountPence: 1300, source: 'A leaflet' });
    expect(refused.fields?.from).toMatch(/^The date it starts must be after 1 April 2026/);
    await core.ok('pay.addReferenceRate', { series: 'minimum-21-and-over', from: '2027-04-01', amountPence: 1321, source: 'GOV.UK' });
    await core.ok('pay.saveRate', rate(sam.id, '2026-04-01', 1300));
    expect((await core.ok('pay.checkRate', { workerId: sam.id, ratePence: 1300, date: '2027-03-31' })).status).toBe('lawful');
    expect(await core.ok('pay.checkRate', { workerId: sam.id, ratePence: 1300, date: '2027-04-01' })).toMatchObject({ status: 'under', minimum: { ratePence: 1321, userAdded: true, source: 'GOV.UK' } });
    const rows = (await core.ok('pay.referenceRates', {})).series.find((s) => s.series === 'minimum-21-and-over')!.rows;
    expect(rows.map((r) => [r.from, r.amountPence, r.userAdded])).toEqual([['2024-04-01', 1144, false], ['2025-04-01', 1221, false], ['2026-04-01', 1271, false], ['2027-04-01', 1321, true]]);
    setToday('2027-04-02');
    expect((await core.ok('pay.referenceRates', {})).aprilWithNoKnownMinimum).toBeNull();
  });
});

describe('shifts', () => {
  test('overnight and clock-change nights keep their real length; an overlap is refused with the shift it meets', async () => {
    const { core, sam } = await book('2026-11-01');
    expect(await core.ok('pay.addShift', shift(sam.id, '2026-03-28', '22:00', '07:00', { kind: 'sleep-in', workedMinutes: 30 }))).toMatchObject({ minutes: 480, workedMinutes: 30 });
    expect((await core.ok('pay.addShift', shift(sam.id, '2026-10-24', '22:00', '07:00', { kind: 'waking-night' }))).minutes).toBe(600);
    expect((await core.ok('pay.addShift', shift(sam.id, '2026-06-01', '09:00', '17:00', { breakMinutes: 30 }))).minutes).toBe(450);
    const clash = await core.fails('pay.addShift', shift(sam.id, '2026-10-25', '06:00', '09:00'));
    expect(clash.fields?.start).toBe('This shift overlaps their waking night shift on 24 October 2026, 22:00 to 07:00. Change the times, or delete that shift first');
    expect((await core.fails('pay.addShift', shift(sam.id, '2026-03-29', '01:30', '04:00'))).fields?.start).toMatch(/clocks go forward/);
    expect((await core.fails('pay.addShift', shift(sam.id, '2026-06-02', '09:00', '10:00', { kind: 'sleep-in', workedMinutes: 90 }))).fields?.workedMinutes).toBe('The time spent working must be no more than the shift, 1 hour');
    expect((await core.ok('pay.shifts', { workerId: sam.id, from: '2026-01-01', to: '2026-12-31' })).map((s) => s.date)).toEqual(['2026-03-28', '2026-06-01', '2026-10-24']);
  });

  test('a week from a pattern, refused whole when it meets a shift already there', async () => {
    const { core, sam } = await book('2026-06-20');
    const pattern = {
      workerId: sam.id,
      from: '2026-06-08',
      to: '2026-06-14',
      shifts: [
        { weekday: 'monday' as const, start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work' as const },
        { weekday: 'wednesday' as const, start: '09:00', end: '13:00', breakMinutes: 0, kind: 'work' as const },
        { weekday: 'wednesday' as const, start: '13:00', end: '13:20', breakMinutes: 0, kind: 'travel' as const },
        { weekday: 'friday' as const, start: '22:00', end: '07:00', breakMinutes: 0, kind: 'sleep-in' as const, workedMinutes: 20 },
      ],
    };
    expect(await core.ok('pay.fillFromPattern', pattern)).toEqual({ added: 4 });
    const week = await core.ok('pay.shifts', { workerId: sam.id, from: '2026-06-08', to: '2026-06-14' });
    expect(week.map((s) => [s.date, s.start, s.kind])).toEqual([['2026-06-08', '09:00', 'work'], ['2026-06-10', '09:00', 'work'], ['2026-06-10', '13:00', 'travel'], ['2026-06-12', '22:00', 'sleep-in']]);
    const again = await core.fails('pay.fillFromPattern', pattern);
    expect(again.fields?.from).toBe('The pattern would overlap their shift on 8 June 2026, 09:00 to 13:00. Fill from a later day, or delete that shift first');
    expect(await core.ok('pay.shifts', { workerId: sam.id, from: '2026-06-08', to: '2026-06-14' })).toHaveLength(4);
  });
});

async function juneWithShifts(core: TestCore, workerId: string) {
  await core.ok('pay.saveRate', rate(workerId, '2026-04-01', 1300, { sleepInPence: 5000, weekendPence: 1400 }));
  await core.ok('pay.addShift', shift(workerId, '2026-06-01', '09:00', '13:00'));
  await core.ok('pay.addShift', shift(workerId, '2026-06-01', '13:00', '13:30', { kind: 'travel' }));
  await core.ok('pay.addShift', shift(workerId, '2026-06-06', '09:00', '13:00')); // a Saturday
  await core.ok('pay.addShift', shift(workerId, '2026-06-10', '22:00', '07:00', { kind: 'sleep-in', workedMinutes: 60 }));
}

describe('the pay period summary, the payroll CSV and the timesheet', () => {
  test('hours and gross pay by kind, and the minimum-wage check on the period', async () => {
    const { core, sam } = await book('2026-07-02');
    await juneWithShifts(core, sam.id);
    const [june] = (await core.ok('pay.summary', { date: '2026-06-15', workerId: sam.id })).periods;
    expect(june).toMatchObject({ start: '2026-06-01', end: '2026-06-30', frequency: 'monthly', shifts: 4, minutes: 4 * 60 + 30 + 4 * 60 + 9 * 60, workingMinutes: 4 * 60 + 30 + 4 * 60 + 60, problems: [] });
    expect(june!.byKind.map((k) => [k.kind, k.shifts, k.minutes, k.workingMinutes, k.grossPence])).toEqual([
      ['work', 2, 480, 480, 5200 + 5600],
      ['travel', 1, 30, 30, 650],
      ['sleep-in', 1, 540, 60, 5000 + 1300],
    ]);
    expect(june!.enhancementPence).toBe(400);
    expect(june!.grossPence).toBe(5200 + 5600 + 650 + 6300);
    expect(june!.minimum).toMatchObject({ ratePence: 1271 });
    // All PAs: the same one period here.
    expect((await core.ok('pay.summary', { date: '2026-06-15' })).periods).toHaveLength(1);
  });

  test('a period whose average is under the minimum says so, and so does Home for the period just finished', async () => {
    const { core, folder, sam } = await book('2026-07-02');
    await core.ok('pay.saveRate', rate(sam.id, '2026-04-01', 1300, { travelPence: 1 }));
    await core.ok('pay.addShift', shift(sam.id, '2026-06-01', '09:00', '10:00'));
    await core.ok('pay.addShift', shift(sam.id, '2026-06-01', '10:00', '11:00', { kind: 'travel' }));
    const [june] = (await core.ok('pay.summary', { date: '2026-06-15' })).periods;
    expect(june!.problems.map((p) => p.kind)).toEqual(['under-minimum']);
    await withBook(core, folder, async (db) => {
      const items = await payAttention(contextOn(db, '2026-07-02', new Date('2026-07-02T12:00:00Z')));
      expect(items.map((i) => [i.id, i.urgency])).toContainEqual([`pay.period-under-minimum.${sam.id}.2026-06-01`, 'unlawful']);
      // Under the Real Living Wage (£13.45) but lawful: information only.
      expect(items.find((i) => i.id === `pay.under-rlw.${sam.id}`)).toMatchObject({ urgency: 'information' });
    });
  });

  test('no shifts for a past period: Home asks for the timesheet', async () => {
    const { core, folder, sam } = await book('2026-07-02');
    await withBook(core, folder, async (db) => {
      const items = await payAttention(contextOn(db, '2026-07-02', new Date('2026-07-02T12:00:00Z')));
      expect(items.find((i) => i.id === `pay.no-timesheet.${sam.id}.2026-06-01`)).toMatchObject({ urgency: 'due-soon', title: 'No timesheet for Sam Carter from 1 June 2026 to 30 June 2026', action: { to: `/pas/${sam.id}/hours` } });
    });
  });

  test('the CSV for the payroll service: the documented header, a row per kind and one for all kinds, cells escaped', async () => {
    const { core, sam } = await book('2026-07-02');
    await core.ok('workers.update', { id: sam.id, fullName: '=Sam Carter', startDate: '2026-01-05', dateOfBirth: '1990-05-10', niNumber: 'QQ123456C' });
    await juneWithShifts(core, sam.id);
    const { csv, fileName } = await core.ok('pay.payrollCsv', { date: '2026-06-15' });
    expect(fileName).toBe('Carebook payroll 2026-06-01 to 2026-06-30.csv');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(PAYROLL_HEADER.join(','));
    expect(lines.slice(1)).toEqual([
      "\"'=Sam Carter\",QQ123456C,2026-06-01,2026-06-30,monthly,Work,2,8,8,108,,,,",
      "\"'=Sam Carter\",QQ123456C,2026-06-01,2026-06-30,monthly,Travel between visits,1,0.5,0.5,6.5,,,,",
      "\"'=Sam Carter\",QQ123456C,2026-06-01,2026-06-30,monthly,Sleep-in,1,9,1,63,,,,",
      "\"'=Sam Carter\",QQ123456C,2026-06-01,2026-06-30,monthly,All kinds,4,17.5,9.5,177.5,4,18.68,12.71,At or above the legal minimum",
    ]);
  });

  test('the timesheet PDF, read back with pdftotext: the shifts, the totals and both signatures', async () => {
    const { core, sam } = await book('2026-07-02');
    await juneWithShifts(core, sam.id);
    const { fileName, pdfBase64 } = await core.ok('pay.timesheet', { workerId: sam.id, date: '2026-06-15' });
    expect(fileName).toBe('Timesheet Sam Carter 2026-06-01 to 2026-06-30.pdf');
    const file = join(tempDir('carebook-timesheet-'), fileName);
    writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Timesheet: Sam Carter, 1 June 2026 to 30 June 2026');
    expect(text).toMatch(/Monday 1 June 2026\s+Work\s+09:00\s+13:00\s+none\s+4 hours\s+4 hours/);
    expect(text).toMatch(/Wednesday 10 June 2026\s+Sleep-in\s+22:00\s+07:00\s+none\s+9 hours\s+1 hour/);
    expect(text).toContain('Gross pay £177.50');
    expect(text).toContain('PA: Sam Carter');
    expect(text).toContain('Employer: Jo Employer');
    expect(text.match(/Signature(?!s)/g)).toHaveLength(2);
  });
});
