import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { coreWithBook, withBook } from './helpers.js';

/** Importing a PA's timesheet from a CSV on a real encrypted book: preview, import, the same shift twice, hostile files. */

const NOW = new Date('2026-10-30T12:00:00Z');

async function book() {
  const { core, folder } = await coreWithBook({ now: () => NOW });
  const sam = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-01-05', dateOfBirth: '1990-05-10' });
  const shifts = () => core.ok('pay.shifts', { workerId: sam.id, from: '2026-01-01', to: '2026-12-31' });
  const history = async () => (await core.ok('history.list', { workerId: sam.id, limit: 50 })).lines.map((l) => l.summary);
  return { core, folder, sam, shifts, history };
}

// As Excel saves "CSV UTF-8": a byte-order mark and CRLF line ends; a column Carebook ignores.
const FILE =
  '\uFEFF' +
  [
    'Date,Start time,Finish,Break (minutes),Kind,Hours',
    '01/10/2026,09:00,17:00,30,,7.5',
    '02/10/2026,9am,1pm,,Work,4',
    '24/10/2026,22:00,07:00,,sleep in,9',
    '',
    '31/02/2026,09:00,17:00,,,8',
    '02/10/2026,09:00,13:00,,work,4',
    '03/10/2026,10:00,12:00,,holiday,2',
  ].join('\r\n') +
  '\r\n';

describe('importing shifts from a timesheet', () => {
  test('the preview says what each row would do and saves nothing; the import saves the good rows with one history line', async () => {
    const { core, sam, shifts, history } = await book();
    const before = await history();
    const preview = await core.ok('pay.importShiftsPreview', { workerId: sam.id, csv: FILE });
    expect(preview.columns).toEqual({ recognised: ['Date', 'Start time', 'Finish', 'Break (minutes)', 'Kind'], ignored: ['Hours'] });
    expect(preview.counts).toEqual({ add: 3, already: 0, problem: 3 });
    expect(preview.rows.map((r) => [r.line, r.outcome, r.date, r.start, r.end, r.kind, r.minutes, r.problems.map((p) => p.message)])).toEqual([
      [2, 'add', '2026-10-01', '09:00', '17:00', 'work', 450, []],
      [3, 'add', '2026-10-02', '09:00', '13:00', 'work', 240, []],
      // The clocks go back at 2am on 25 October 2026: that night is 10 hours.
      [4, 'add', '2026-10-24', '22:00', '07:00', 'sleep-in', 600, []],
      [6, 'problem', '', '09:00', '17:00', 'work', null, ['February 2026 has no day 31. Check the date']],
      [7, 'problem', '2026-10-02', '09:00', '13:00', 'work', 240, ['This is the same shift as line 3, so it is added once. Remove one of the two rows']],
      [8, 'problem', '2026-10-03', '10:00', '12:00', null, null, ['Kind must be work, travel, sleep-in, waking night, on call or training, or left empty for work']],
    ]);
    expect(await shifts()).toEqual([]);
    expect(await history()).toEqual(before);

    expect(await core.ok('pay.importShifts', { workerId: sam.id, csv: FILE, checked: preview.checked })).toEqual({ added: 3, alreadyInBook: 0, notAdded: 3 });
    expect((await shifts()).map((s) => [s.date, s.start, s.end, s.kind, s.breakMinutes, s.minutes])).toEqual([
      ['2026-10-01', '09:00', '17:00', 'work', 30, 450],
      ['2026-10-02', '09:00', '13:00', 'work', 0, 240],
      ['2026-10-24', '22:00', '07:00', 'sleep-in', 0, 600],
    ]);
    const lines = await history();
    expect(lines.length).toBe(before.length + 1);
    expect(lines[0]).toBe('Added 3 shifts from a spreadsheet, 1 October 2026 to 24 October 2026 (3 not added because of problems)');

    // The same file again: its shifts are already in the book and are not saved twice.
    const again = await core.ok('pay.importShiftsPreview', { workerId: sam.id, csv: FILE });
    expect(again.counts).toEqual({ add: 0, already: 3, problem: 3 });
    expect(again.rows[0]!.problems[0]!.message).toBe('Already in your book (Thursday 1 October 2026, 09:00 to 17:00), so it is not added again');
    expect(await core.fails('pay.importShifts', { workerId: sam.id, csv: FILE, checked: again.checked })).toMatchObject({
      code: 'invalid_input',
      fields: { csv: 'There are no shifts in the file that can be added. Nothing has been added' },
    });
    expect(await shifts()).toHaveLength(3);
  });

  test('a row overlapping a different shift in the book is refused; a file or a book that changed after the preview saves nothing', async () => {
    const { core, sam, shifts, history } = await book();
    await core.ok('pay.addShift', { workerId: sam.id, date: '2026-10-02', start: '12:00', end: '14:00', breakMinutes: 0, kind: 'training' });
    const preview = await core.ok('pay.importShiftsPreview', { workerId: sam.id, csv: FILE });
    expect(preview.rows[1]).toMatchObject({
      outcome: 'problem',
      problems: [{ message: 'This shift overlaps their training shift already in your book (Friday 2 October 2026, 12:00 to 14:00). Change the times, or delete that shift on the Hours tab first' }],
    });
    expect(preview.counts).toEqual({ add: 2, already: 0, problem: 4 });

    // A different file under the same check.
    const edited = FILE.replace('01/10/2026,09:00,17:00', '01/10/2026,08:00,17:00');
    expect((await core.fails('pay.importShifts', { workerId: sam.id, csv: edited, checked: preview.checked })).fields).toEqual({
      csv: 'The file is not the one you checked. Nothing has been added. Choose the file and check it again',
    });
    // The book changed: a shift added since the preview clashes with a row the preview would add.
    await core.ok('pay.addShift', { workerId: sam.id, date: '2026-10-01', start: '16:00', end: '18:00', breakMinutes: 0, kind: 'work' });
    const lines = await history();
    expect((await core.fails('pay.importShifts', { workerId: sam.id, csv: FILE, checked: preview.checked })).fields).toEqual({
      csv: 'Their hours have changed since you checked the file. Nothing has been added. Check the file again to see what it would add now',
    });
    expect(await shifts()).toHaveLength(2);
    expect(await history()).toEqual(lines);
    // A made-up check is refused by the contract.
    expect((await core.fails('pay.importShifts', { workerId: sam.id, csv: FILE, checked: 'yes' })).code).toBe('invalid_input');
  });

  test('hostile files are refused in words, and nothing is saved', async () => {
    const { core, sam, shifts } = await book();
    const refusal = async (csv: string) => (await core.fails('pay.importShiftsPreview', { workerId: sam.id, csv })).fields?.csv;
    expect(await refusal('x'.repeat(1_000_001))).toBe('The file is too big: a timesheet file must be under 1 MB. Split it into files of a few months each');
    expect(await refusal('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml')).toMatch(/^This file is not a CSV file Carebook can read/);
    expect(await refusal(`Date,Start,End\n${'03/04/2026,09:00,17:00\n'.repeat(3001)}`)).toBe('The file has 3,001 rows. Split it into files of fewer than 3,000 rows, a few months each');
    expect(await refusal('Name,Email\nSam,sam@example.com\n')).toMatch(/^Carebook cannot find a column called “Date” or “Start” or “End”/);

    // Formula cells: every row refused, and no cell is repeated back.
    const formulas = 'Date,Start,End,Kind,Note\n=cmd|\'/C calc\'!A0,09:00,17:00,,\n01/10/2026,+1,17:00,,\n01/10/2026,09:00,17:00,@SUM(1),\n02/10/2026,09:00,17:00,,=HYPERLINK("http://evil")\n';
    const preview = await core.ok('pay.importShiftsPreview', { workerId: sam.id, csv: formulas });
    expect(preview.counts).toEqual({ add: 0, already: 0, problem: 4 });
    expect(preview.rows.map((r) => r.problems.map((p) => p.field))).toEqual([['Date'], ['Start'], ['Kind'], ['Note']]);
    expect(JSON.stringify(preview)).not.toMatch(/calc|HYPERLINK|SUM|evil/);
    expect(await core.fails('pay.importShifts', { workerId: sam.id, csv: formulas, checked: preview.checked })).toMatchObject({ code: 'invalid_input' });
    expect(await shifts()).toEqual([]);
    // Someone else's PA, or none.
    expect((await core.fails('pay.importShiftsPreview', { workerId: '00000000-0000-4000-8000-000000000000', csv: FILE })).code).toBe('not_found');
  });

  test('the import is one transaction: a failure part way saves nothing', async () => {
    const { core, folder, sam, shifts } = await book();
    const days = Array.from({ length: 600 }, (_, i) => new Date(Date.UTC(2026, 0, 5) + i * 43_200_000));
    // Two shifts a day, morning and evening, 600 rows: more than one batch of inserts.
    const csv = `Date,Start,End\n${days.map((d, i) => `${d.toISOString().slice(8, 10)}/${d.toISOString().slice(5, 7)}/2026,${i % 2 ? '18:00' : '08:00'},${i % 2 ? '20:00' : '10:00'}`).join('\n')}\n`;
    const preview = await core.ok('pay.importShiftsPreview', { workerId: sam.id, csv });
    expect(preview.counts.add).toBe(600);
    await withBook(core, folder, async (db) => {
      // Stand-in for a fault after the first batch is written (a full disk, say).
      await sql`create trigger fail_import before insert on shift when new.date = '2026-09-01' begin select raise(abort, 'disk full'); end`.execute(db);
    });
    await expect(core.call('pay.importShifts', { workerId: sam.id, csv, checked: preview.checked })).rejects.toThrow(/internal error in pay.importShifts/);
    expect(await shifts()).toEqual([]);
  });
});
