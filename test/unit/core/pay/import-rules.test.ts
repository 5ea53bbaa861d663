import { describe, expect, test } from 'vitest';
import {
  countOutcomes,
  looksLikeFormula,
  markClashesWithBook,
  parseKind,
  parseMinutes,
  parseShiftDate,
  parseShiftTime,
  readTimesheet,
  timesheetColumnFor,
  timesheetDays,
} from '../../../../electron/core/pay/import-rules.js';
import { CoreError } from '../../../../electron/core/errors.js';
import type { Shift } from '../../../../electron/shared/api/index.js';

const PA = { today: '2026-12-02', startDate: '2026-01-05', leftOn: '' };

/** A file with the usual headings and these rows. */
const file = (...rows: string[]) => ['Date,Start,End,Break (minutes),Kind', ...rows].join('\r\n') + '\r\n';

const messages = (csv: string, pa = PA) => readTimesheet(csv, pa).rows.map((r) => r.problems.map((p) => p.message));

describe('dates, day first', () => {
  test.each([
    ['03/04/2026', '2026-04-03'],
    ['3/4/2026', '2026-04-03'],
    ['03-04-2026', '2026-04-03'],
    ['3.4.2026', '2026-04-03'],
    ['2026-04-03', '2026-04-03'],
    ['2026-04-03T00:00:00', '2026-04-03'],
    ['03/04/2026 00:00', '2026-04-03'],
    ['03/04/2026 00:00:00', '2026-04-03'],
    [' 31/12/2026 ', '2026-12-31'],
    ['29/02/2028', '2028-02-29'],
  ])('%s is %s', (text, iso) => {
    expect(parseShiftDate(text)).toEqual({ ok: true, value: iso });
  });
  test.each([
    ['12/31/2026', /There is no month 31\. Dates are day first/],
    ['31/02/2026', /February 2026 has no day 31/],
    ['29/02/2026', /February 2026 has no day 29/],
    ['00/01/2026', /January 2026 has no day 0/],
    ['03/04/26', /Write the year in full/],
    ['3 April 2026', /Date must be a date, like 03\/04\/2026/],
    ['Monday', /Date must be a date/],
    ['', /Enter the date/],
  ])('%s is refused', (text, message) => {
    const cell = parseShiftDate(text);
    expect(cell.ok).toBe(false);
    if (!cell.ok) expect(cell.message).toMatch(message);
  });
});

describe('times of day', () => {
  test.each([
    ['9:00', 'start', '09:00'],
    ['09:00', 'start', '09:00'],
    ['9.30', 'start', '09:30'],
    ['09:00:00', 'start', '09:00'],
    ['21:30', 'start', '21:30'],
    ['2130', 'start', '21:30'],
    ['0900', 'start', '09:00'],
    ['9am', 'start', '09:00'],
    ['9 AM', 'start', '09:00'],
    ['9:30pm', 'start', '21:30'],
    ['9.30 p.m.', 'end', '21:30'],
    ['12am', 'start', '00:00'],
    ['12pm', 'start', '12:00'],
    ['noon', 'start', '12:00'],
    ['midnight', 'end', '00:00'],
    ['24:00', 'end', '00:00'],
    ['00:00', 'end', '00:00'],
  ] as const)('%s (%s) is %s', (text, which, time) => {
    expect(parseShiftTime(text, which)).toEqual({ ok: true, value: time });
  });
  test.each([
    ['9', 'start', /Start time must be a time/],
    ['930', 'start', /Start time must be a time/],
    ['24:00', 'start', /Start time must be a time/],
    ['25:00', 'end', /End time must be a time/],
    ['9:60', 'start', /must be a time/],
    ['13pm', 'start', /the hour is 1 to 12/],
    ['09:00:30', 'start', /must be a time/],
    ['0.375', 'start', /must be a time/],
    ['', 'end', /Enter the end time/],
  ] as const)('%s (%s) is refused', (text, which, message) => {
    const cell = parseShiftTime(text, which);
    expect(cell.ok).toBe(false);
    if (!cell.ok) expect(cell.message).toMatch(message);
  });
});

describe('breaks, kinds, headings and formulas', () => {
  test.each([
    ['', 0],
    ['30', 30],
    ['30 mins', 30],
    ['45m', 45],
    ['0:30', 30],
    ['1:15', 75],
  ])('break %s is %i minutes', (text, minutes) => {
    expect(parseMinutes(text, 'Break', 600)).toEqual({ ok: true, value: minutes });
  });
  test.each([['half an hour'], ['-30'], ['601'], ['30.5']])('break %s is refused', (text) => {
    expect(parseMinutes(text, 'Break', 600).ok).toBe(false);
  });

  test.each([
    ['', 'work'],
    ['Work', 'work'],
    ['sleep in', 'sleep-in'],
    ['Sleep-in', 'sleep-in'],
    ['SLEEP-IN', 'sleep-in'],
    ['sleepover', 'sleep-in'],
    ['travel', 'travel'],
    ['Travel between visits', 'travel'],
    ['waking night', 'waking-night'],
    ['Waking-night', 'waking-night'],
    ['on call', 'on-call'],
    ['On-call at home', 'on-call'],
    ['training', 'training'],
  ])('kind %s is %s', (text, kind) => {
    expect(parseKind(text)).toEqual({ ok: true, value: kind });
  });
  test('an unknown kind is refused with the words Carebook knows', () => {
    expect(parseKind('holiday')).toEqual({ ok: false, message: 'Kind must be work, travel, sleep-in, waking night, on call or training, or left empty for work' });
  });

  test.each([
    ['Date', 'date'],
    ['DATE', 'date'],
    ['Shift date', 'date'],
    ['Start', 'start'],
    ['Start time', 'start'],
    [' start  time ', 'start'],
    ['Time in', 'start'],
    ['Finish', 'end'],
    ['Finish time', 'end'],
    ['End', 'end'],
    ['Break (minutes)', 'breakMinutes'],
    ['Unpaid break (mins)', 'breakMinutes'],
    ['Kind', 'kind'],
    ['Type of shift', 'kind'],
    ['Time working (minutes)', 'workedMinutes'],
    ['Notes', 'note'],
    ['Hours', undefined],
    ['Day', undefined],
  ])('heading %s is %s', (heading, column) => {
    expect(timesheetColumnFor(heading)).toBe(column);
  });

  test.each([
    ['=1+1', true],
    ['+44', true],
    ['@SUM(A1)', true],
    ['-cmd', true],
    ['-30', false],
    ['09:00', false],
    ['sleep-in', false],
  ])('%s looks like a formula: %s', (cell, formula) => {
    expect(looksLikeFormula(cell)).toBe(formula);
  });
});

describe('reading a timesheet', () => {
  test('good rows are placed in England, overnight and across the clock changes of 2026', () => {
    const { rows, columns } = readTimesheet(
      [
        'Date,Start time,Finish,Break (minutes),Kind,Hours,Notes',
        '03/04/2026,9:00,17:00,30,,7.5,',
        '03/04/2026,22:00,07:00,,sleep in,,',
        // The clocks go forward at 1am on Sunday 29 March 2026: the night is an hour shorter.
        '28/03/2026,22:00,07:00,,waking night,,',
        // They go back at 2am on Sunday 25 October 2026: the night is an hour longer.
        '24/10/2026,22:00,07:00,,Waking-night,,',
        '',
        ',,,,,,',
        '2026-05-01,9am,1pm,0,Travel,,from the bus',
      ].join('\n'),
      PA,
    );
    expect(columns).toEqual({ recognised: ['Date', 'Start time', 'Finish', 'Break (minutes)', 'Kind', 'Notes'], ignored: ['Hours'] });
    expect(rows.map((r) => [r.line, r.date, r.start, r.end, r.kind, r.minutes, r.endsNextDay, r.outcome, r.problems])).toEqual([
      [2, '2026-04-03', '09:00', '17:00', 'work', 450, false, 'add', []],
      [3, '2026-04-03', '22:00', '07:00', 'sleep-in', 540, true, 'add', []],
      [4, '2026-03-28', '22:00', '07:00', 'waking-night', 480, true, 'add', []],
      [5, '2026-10-24', '22:00', '07:00', 'waking-night', 600, true, 'add', []],
      // Blank lines (and a line of empty cells) are skipped; the line numbers stay the file's.
      [8, '2026-05-01', '09:00', '13:00', 'travel', 240, false, 'add', []],
    ]);
    expect(rows[4]!.shift).toMatchObject({ note: 'from the bus', startsAt: '2026-05-01T08:00:00.000Z', endsAt: '2026-05-01T12:00:00.000Z' });
    expect(timesheetDays(rows)).toEqual({ from: '2026-03-27', to: '2026-10-25' });
  });

  test.each([
    ['a time the clocks skip', '29/03/2026,01:30,08:00,,', /does not exist on that day, because the clocks go forward/],
    ['the same start and end', '03/04/2026,09:00,09:00,,', /must be different from the start time/],
    ['a break as long as the shift', '03/04/2026,09:00,10:00,60,', /unpaid break must be shorter than the shift/],
    ['an unknown kind', '03/04/2026,09:00,17:00,,holiday', /^Kind must be work, travel/],
    ['US month first', '12/31/2026,09:00,17:00,,', /There is no month 31/],
    ['an impossible date', '31/02/2026,09:00,17:00,,', /February 2026 has no day 31/],
    ['a two-digit year', '03/04/26,09:00,17:00,,', /Write the year in full/],
    ['more than a year ahead', '03/12/2027,09:00,17:00,,', /more than a year ahead, after Thursday 2 December 2027/],
    ['before they started', '02/01/2026,09:00,17:00,,', /before they started working for you, on Monday 5 January 2026/],
    ['a formula', '=HYPERLINK("http://x"),09:00,17:00,,', /Date starts with =, \+, - or @, so a spreadsheet would run it as a formula/],
    ['a quotation mark not closed', '03/04/2026,"09:00,17:00,,', /quotation mark/],
  ])('refused: %s', (_, row, message) => {
    const [problems] = messages(file(row));
    expect(problems).toEqual([expect.stringMatching(message)]);
  });

  test('a year ahead is allowed (a rota); after they left is not', () => {
    expect(messages(file('02/12/2027,09:00,17:00,,'))).toEqual([[]]);
    expect(messages(file('02/07/2026,09:00,17:00,,'), { ...PA, leftOn: '2026-06-30' })).toEqual([[expect.stringMatching(/after they left, on Tuesday 30 June 2026/)]]);
  });

  test('the same shift twice in the file is added once; two rows that overlap are neither added', () => {
    const { rows } = readTimesheet(
      file('03/04/2026,09:00,17:00,30,work', '04/04/2026,09:00,13:00,,', '3/4/2026,9am,5pm,30,Work', '04/04/2026,12:00,15:00,,', '04/04/2026,15:00,16:00,,'),
      PA,
    );
    expect(rows.map((r) => [r.line, r.outcome, r.problems.map((p) => p.message)])).toEqual([
      [2, 'add', []],
      [3, 'problem', ['This shift overlaps line 5 (Saturday 4 April 2026, 12:00 to 15:00). Change the times, or remove one of the two rows']],
      [4, 'problem', ['This is the same shift as line 2, so it is added once. Remove one of the two rows']],
      [5, 'problem', ['This shift overlaps line 3 (Saturday 4 April 2026, 09:00 to 13:00). Change the times, or remove one of the two rows']],
      // One ending as the next starts is fine.
      [6, 'add', []],
    ]);
  });

  test('a shift already in the book is not added twice; one overlapping a different shift there is refused', () => {
    const inBook = [
      { id: 'a', workerId: 'w', date: '2026-04-03', start: '09:00', end: '17:00', breakMinutes: 30, kind: 'work', workedMinutes: 0, note: '', startsAt: '2026-04-03T08:00:00.000Z', endsAt: '2026-04-03T16:00:00.000Z', minutes: 450, createdAt: '' },
      { id: 'b', workerId: 'w', date: '2026-04-04', start: '08:00', end: '10:00', breakMinutes: 0, kind: 'work', workedMinutes: 0, note: '', startsAt: '2026-04-04T07:00:00.000Z', endsAt: '2026-04-04T09:00:00.000Z', minutes: 120, createdAt: '' },
    ] satisfies Shift[];
    const { rows } = readTimesheet(file('03/04/2026,09:00,17:00,30,', '04/04/2026,09:00,13:00,,', '05/04/2026,09:00,13:00,,'), PA);
    markClashesWithBook(rows, inBook);
    expect(rows.map((r) => [r.outcome, r.problems.map((p) => p.message)])).toEqual([
      ['already', ['Already in your book (Friday 3 April 2026, 09:00 to 17:00), so it is not added again']],
      ['problem', ['This shift overlaps their work shift already in your book (Saturday 4 April 2026, 08:00 to 10:00). Change the times, or delete that shift on the Hours tab first']],
      ['add', []],
    ]);
    expect(countOutcomes(rows)).toEqual({ add: 1, already: 1, problem: 1 });
  });

  test('a row never repeats what its cells say', () => {
    const secret = 'IGNORE-ME<script>';
    const { rows } = readTimesheet(file(`${secret},${secret},${secret},${secret},${secret}`), PA);
    expect(JSON.stringify(rows)).not.toContain('IGNORE-ME');
    expect(rows[0]!.problems.map((p) => p.field)).toEqual(['Date', 'Start', 'End', 'Break', 'Kind']);
  });

  test.each([
    ['an empty file', '', /The file is empty/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000binary', /not a CSV file Carebook can read/],
    ['text that was not UTF-8', 'Date,Start,End\n03/04/2026,09:00,17:00\uFFFD\n', /not a CSV file Carebook can read/],
    ['no End column', 'Date,Start,Kind\n03/04/2026,09:00,\n', /cannot find a column called “End”/],
    ['no headings', '03/04/2026,09:00,17:00\n04/04/2026,09:00,17:00\n', /The first row must be headings/],
    ['headings only', 'Date,Start,End\r\n', /headings but no shifts/],
    ['too many rows', `Date,Start,End\n${'03/04/2026,09:00,17:00\n'.repeat(3001)}`, /The file has 3,001 rows\. Split it/],
  ])('a file that cannot be used: %s', (_, csv, message) => {
    let error: unknown;
    try {
      readTimesheet(csv, PA);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).message).toMatch(message);
  });

  test('Excel’s byte-order mark and a heading row in any order', () => {
    const { rows } = readTimesheet('\uFEFFkind,END,date,START\r\nsleep-in,07:00,24/10/2026,22:00\r\n', PA);
    expect(rows[0]).toMatchObject({ date: '2026-10-24', kind: 'sleep-in', minutes: 600, outcome: 'add' });
  });
});
