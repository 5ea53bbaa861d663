import { isRealIsoDate, type Shift, type ShiftImportRow, type ShiftKind } from '../../shared/api/index.js';
import { addDaysIso, addMonthsIso, dateInWords } from '../../shared/dates.js';
import { overlaps, shiftSpan, weekdayOf } from '../../shared/pay/shift-time.js';
import { readCsvRows } from '../csv/read-csv.js';
import { CoreError } from '../errors.js';

/**
 * Reading a PA's timesheet saved as CSV (the choices are in README.md, "Importing a
 * timesheet"). Pure: the caller passes today, the PA's dates and, for the second step, the
 * shifts already in the book. Each row is placed in England exactly as the shift form places
 * it (shiftSpan), so a row is refused for what the form refuses. A cell is never repeated
 * back: the messages name the column and what to write, and the preview shows only what was
 * understood.
 */

/** A year of shifts, three a day, is about 1,100 rows: more than this is the wrong file. */
export const MAX_SHIFT_ROWS = 3_000;

type Column = 'date' | 'start' | 'end' | 'breakMinutes' | 'kind' | 'workedMinutes' | 'note';

/** Column names for messages, as the page's example names them. */
export const COLUMN_NAMES: Record<Column, string> = {
  date: 'Date',
  start: 'Start',
  end: 'End',
  breakMinutes: 'Break',
  kind: 'Kind',
  workedMinutes: 'Time working',
  note: 'Note',
};

/** Headings people use, compared with case, spaces, punctuation and anything in brackets removed. */
const HEADINGS: Record<Column, string[]> = {
  date: ['date', 'shiftdate', 'dateofshift', 'workdate', 'dateworked', 'startdate', 'datestarted'],
  start: ['start', 'starttime', 'starts', 'startedat', 'from', 'timein', 'in', 'clockin', 'clockedin', 'begin', 'shiftstart', 'timestarted'],
  end: ['end', 'endtime', 'ends', 'finish', 'finishtime', 'finished', 'finishedat', 'to', 'until', 'timeout', 'out', 'clockout', 'clockedout', 'shiftend', 'timefinished'],
  breakMinutes: ['break', 'breaks', 'breakminutes', 'breakmins', 'breaktime', 'unpaidbreak', 'unpaidbreakminutes', 'unpaidbreaks', 'lunch', 'lunchbreak'],
  kind: ['kind', 'type', 'kindofshift', 'typeofshift', 'shifttype', 'shiftkind', 'category'],
  workedMinutes: ['timeworking', 'timeworkingminutes', 'workedminutes', 'minutesworked', 'timeworked', 'timeawake', 'awake', 'minutesawake', 'calledout', 'timecalledout', 'wokenminutes'],
  note: ['note', 'notes', 'comment', 'comments'],
};

const HEADING_TO_COLUMN = new Map<string, Column>(
  (Object.entries(HEADINGS) as [Column, string[]][]).flatMap(([column, names]) => names.map((n) => [n.replace(/\s/g, ''), column] as const)),
);

/** "Break (minutes)" and "BREAK mins" both become a key; brackets are notes, not the name. */
const key = (text: string) => text.replace(/\(.*?\)/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export function timesheetColumnFor(heading: string): Column | undefined {
  return HEADING_TO_COLUMN.get(key(heading));
}

// ——— Cells ———

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };
const good = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = (message: string): Cell<never> => ({ ok: false, message });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_FIRST = 'Dates are day first: 3 April 2026 is 03/04/2026';

/**
 * A date as a UK spreadsheet shows it: D/M/YYYY or DD/MM/YYYY (with /, - or .), or YYYY-MM-DD,
 * either with a time after it (as some exports add; it is ignored). Day first, always: 03/04/2026 is 3 April. A
 * two-digit year is refused, because 03/04/26 could be 1926 or 2026 to a spreadsheet.
 */
export function parseShiftDate(text: string): Cell<string> {
  const value = text.trim();
  if (value === '') return bad('Enter the date the shift starts, like 03/04/2026');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: [\d:.]+)?$/.exec(value);
  if (!iso && !uk) {
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(value)) return bad('Write the year in full, like 03/04/2026, so it cannot be read as another century');
    return bad(`Date must be a date, like 03/04/2026. ${DAY_FIRST}`);
  }
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [uk![3]!, uk![2]!, uk![1]!];
  const month = Number(m);
  if (month < 1 || month > 12) return bad(`There is no month ${month}. ${DAY_FIRST}, and 31 December 2026 is 31/12/2026`);
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!isRealIsoDate(date)) return bad(`${MONTHS[month - 1]} ${Number(y)} has no day ${Number(d)}. Check the date`);
  return good(date);
}

/**
 * A time of day: 9:00, 09:00, 9.00, 09:00:00 (as spreadsheets export), 21:30, 2130, 0900,
 * 9am, 9:30pm, noon, midnight. A bare hour ("9") is refused: morning or evening? `24:00` is
 * accepted as an end, meaning midnight.
 */
export function parseShiftTime(text: string, which: 'start' | 'end'): Cell<string> {
  const label = which === 'start' ? 'Start time' : 'End time';
  const value = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/([ap])\.m\.?$/, '$1m') // 9.30 p.m.
    .replace(/(?<=\d)([ap])$/, '$1m') // 9p
    .replace(/\./g, ':');
  if (value === '') return bad(`Enter the ${label.toLowerCase()}, like 09:00`);
  const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  if (value === 'noon' || value === 'midday') return good('12:00');
  if (value === 'midnight') return good('00:00');
  const twelve = /^(\d{1,2})(?::([0-5]\d))?(am|pm)$/.exec(value);
  if (twelve) {
    const h = Number(twelve[1]);
    if (h < 1 || h > 12) return bad(`${label} must be a real time: with am or pm, the hour is 1 to 12, like 9am or 9:30pm`);
    return good(hhmm((h % 12) + (twelve[3] === 'pm' ? 12 : 0), Number(twelve[2] ?? 0)));
  }
  const clock = /^(\d{1,2}):([0-5]\d)(?::00)?$/.exec(value) ?? /^(\d{2})([0-5]\d)$/.exec(value);
  if (clock) {
    const [h, m] = [Number(clock[1]), Number(clock[2])];
    if (h === 24 && m === 0 && which === 'end') return good('00:00');
    if (h <= 23) return good(hhmm(h, m));
  }
  return bad(`${label} must be a time, like 09:00, 21:30 or 9am`);
}

/** Minutes: 30, 30 mins, 0:30; empty is none. */
export function parseMinutes(text: string, label: string, max: number): Cell<number> {
  const value = text.trim().toLowerCase();
  if (value === '') return good(0);
  const minutes = /^(\d{1,4})\s*(?:m|min|mins|minute|minutes)?$/.exec(value);
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  const n = minutes ? Number(minutes[1]) : clock ? Number(clock[1]) * 60 + Number(clock[2]) : null;
  if (n === null) return bad(`${label} must be a number of minutes, like 30, or left empty`);
  if (n > max) return bad(`${label} must be ${max} minutes or less`);
  return good(n);
}

/** Words people write for each kind of shift, compared as letters only. Empty is work. */
const KIND_WORDS: Record<ShiftKind, string[]> = {
  work: ['', 'work', 'working', 'worked', 'shift', 'day', 'dayshift', 'normal', 'standard', 'care', 'support', 'visit'],
  travel: ['travel', 'travelling', 'traveling', 'traveltime', 'travelbetweenvisits', 'travellingbetweenvisits'],
  'sleep-in': ['sleepin', 'sleepins', 'sleep', 'sleepover', 'sleepingin', 'sleepingnight', 'sleepinnight', 'sleepinshift'],
  'waking-night': ['wakingnight', 'wakingnights', 'wakingnightshift', 'waking', 'nightawake', 'awakenight', 'nightshift'],
  'on-call': ['oncall', 'oncallathome', 'oncallfromhome', 'standby', 'onstandby'],
  training: ['training', 'course', 'trainingcourse', 'induction'],
};
const WORD_TO_KIND = new Map<string, ShiftKind>((Object.entries(KIND_WORDS) as [ShiftKind, string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

export function parseKind(text: string): Cell<ShiftKind> {
  const kind = WORD_TO_KIND.get(text.toLowerCase().replace(/[^a-z]/g, ''));
  return kind ? good(kind) : bad('Kind must be work, travel, sleep-in, waking night, on call or training, or left empty for work');
}

/** A cell a spreadsheet would run as a formula when the file is opened again. */
export const looksLikeFormula = (cell: string) => /^(?:[=+@\t\r]|-[^\d\s.])/.test(cell);

// ——— Rows ———

export interface PlacedShift {
  date: string;
  start: string;
  end: string;
  breakMinutes: number;
  kind: ShiftKind;
  workedMinutes: number;
  note: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
}

export interface TimesheetRow extends ShiftImportRow {
  /** Set when every cell was read and the shift could be placed in England. */
  shift: PlacedShift | null;
}

export interface PaDates {
  today: string;
  /** '' when not recorded. */
  startDate: string;
  leftOn: string;
}

const fileProblem = (message: string) => new CoreError('invalid_input', message, { csv: message });

/**
 * A NUL or another control character (not a tab or line end) means a binary file (an Excel
 * workbook, a picture), and U+FFFD means text that was not UTF-8 (the page decodes it).
 */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) return true;
  }
  return false;
}

/**
 * Read the CSV and check every row on its own and against the other rows. Throws invalid_input
 * (on the `csv` field) when the file cannot be used at all.
 */
export function readTimesheet(csv: string, pa: PaDates): { rows: TimesheetRow[]; columns: { recognised: string[]; ignored: string[] } } {
  if (looksBinary(csv)) {
    throw fileProblem('This file is not a CSV file Carebook can read. In your spreadsheet program choose Save As, pick “CSV UTF-8” (or CSV), and choose that file');
  }
  const [header, ...body] = readCsvRows(csv);
  if (!header) throw fileProblem('The file is empty. Choose a CSV file with a row for each shift');
  const columnAt: (Column | undefined)[] = [];
  const seen = new Set<Column>();
  const recognised: string[] = [];
  const ignored: string[] = [];
  header.cells.forEach((heading, i) => {
    const column = timesheetColumnFor(heading);
    if (column && !seen.has(column)) {
      seen.add(column);
      columnAt[i] = column;
      recognised.push(heading.trim().slice(0, 60));
    } else if (heading.trim() !== '') {
      ignored.push(looksLikeFormula(heading) ? 'a heading that is a formula' : heading.trim().slice(0, 60));
    }
  });
  const missing = (['date', 'start', 'end'] as const).filter((c) => !seen.has(c));
  if (missing.length > 0) {
    const first = header.cells[0]?.trim() ?? '';
    const startsWithData = parseShiftDate(first).ok;
    throw fileProblem(
      startsWithData
        ? 'The first row must be headings: Date, Start, End, and Break and Kind if you have them. Add a row of headings above the shifts'
        : `Carebook cannot find a column called ${missing.map((c) => `“${COLUMN_NAMES[c]}”`).join(' or ')}. The first row of the file must be headings: Date, Start and End, and Break and Kind if you have them`,
    );
  }
  if (body.length === 0) throw fileProblem('The file has headings but no shifts. Add a row for each shift under the headings');
  if (body.length > MAX_SHIFT_ROWS) {
    throw fileProblem(`The file has ${body.length.toLocaleString('en-GB')} rows. Split it into files of fewer than ${MAX_SHIFT_ROWS.toLocaleString('en-GB')} rows, a few months each`);
  }

  const latest = addMonthsIso(pa.today, 12);
  const rows = body.map(({ cells, line, unreadable }) => readRow(cells, line, unreadable, columnAt, pa, latest));
  markClashesInFile(rows);
  return { rows, columns: { recognised, ignored } };
}

function readRow(cells: string[], line: number, unreadable: boolean, columnAt: (Column | undefined)[], pa: PaDates, latest: string): TimesheetRow {
  const cell: Partial<Record<Column, string>> = {};
  cells.forEach((value, i) => {
    const column = columnAt[i];
    // Every cell is one line: a line break inside a quoted cell becomes a space.
    if (column && cell[column] === undefined) cell[column] = value.replace(/\s+/g, ' ').trim();
  });
  const problems: ShiftImportRow['problems'] = [];
  const fail = (column: Column | 'row', message: string) => problems.push({ field: column === 'row' ? 'Row' : COLUMN_NAMES[column], message });
  const row: TimesheetRow = { line, date: '', start: '', end: '', breakMinutes: null, kind: null, minutes: null, endsNextDay: false, outcome: 'problem', problems, shift: null };
  if (unreadable) {
    fail('row', 'This row has a quotation mark (") that is not closed, so Carebook cannot read it');
    return row;
  }
  const formulas = (Object.keys(cell) as Column[]).filter((c) => looksLikeFormula(cell[c] ?? ''));
  if (formulas.length > 0) {
    for (const c of formulas) fail(c, `${COLUMN_NAMES[c]} starts with =, +, - or @, so a spreadsheet would run it as a formula. Type the value itself`);
    return row;
  }

  const date = parseShiftDate(cell.date ?? '');
  const start = parseShiftTime(cell.start ?? '', 'start');
  const end = parseShiftTime(cell.end ?? '', 'end');
  const breakMinutes = parseMinutes(cell.breakMinutes ?? '', 'Break', 600);
  const kind = parseKind(cell.kind ?? '');
  const worked = parseMinutes(cell.workedMinutes ?? '', 'Time working', 1440);
  const note = cell.note ?? '';
  if (date.ok) row.date = date.value;
  else fail('date', date.message);
  if (start.ok) row.start = start.value;
  else fail('start', start.message);
  if (end.ok) row.end = end.value;
  else fail('end', end.message);
  if (breakMinutes.ok) row.breakMinutes = breakMinutes.value;
  else fail('breakMinutes', breakMinutes.message);
  if (kind.ok) row.kind = kind.value;
  else fail('kind', kind.message);
  if (!worked.ok) fail('workedMinutes', worked.message);
  if (note.length > 300) fail('note', 'Note must be 300 characters or fewer');

  if (date.ok) {
    if (date.value > latest) fail('date', `This date is more than a year ahead, after ${day(latest)}. Check the year`);
    else if (pa.startDate && date.value < pa.startDate) fail('date', `This date is before they started working for you, on ${day(pa.startDate)}. Check the year, or their start date on the Details tab`);
    else if (pa.leftOn && date.value > pa.leftOn) fail('date', `This date is after they left, on ${day(pa.leftOn)}. Check the date`);
  }
  if (problems.length > 0 || !date.ok || !start.ok || !end.ok || !breakMinutes.ok || !kind.ok || !worked.ok) return row;

  const span = shiftSpan(date.value, start.value, end.value, breakMinutes.value);
  if (!span.ok) {
    fail(span.field === 'breakMinutes' ? 'breakMinutes' : span.field, span.message);
    return row;
  }
  const minutes = span.spanMinutes - breakMinutes.value;
  const counted = kind.value === 'sleep-in' || kind.value === 'on-call';
  if (counted && worked.value > minutes) {
    fail('workedMinutes', 'Time working must be no longer than the shift');
    return row;
  }
  row.minutes = minutes;
  row.endsNextDay = span.endsNextDay;
  row.outcome = 'add';
  row.shift = {
    date: date.value, start: start.value, end: end.value, breakMinutes: breakMinutes.value, kind: kind.value,
    // Time working counts only on sleep-ins and on call (as on the form); other rows ignore the column.
    workedMinutes: counted ? worked.value : 0, note, startsAt: span.startsAt, endsAt: span.endsAt, minutes,
  };
  return row;
}

const sameShift = (a: PlacedShift | Shift, b: PlacedShift) =>
  a.startsAt === b.startsAt && a.endsAt === b.endsAt && a.kind === b.kind && a.breakMinutes === b.breakMinutes;

/** "Friday 3 April 2026": a timesheet is read by the day of the week. */
const day = (date: string) => `${weekdayOf(date)} ${dateInWords(date)}`;
const when = (s: { date: string; start: string; end: string }) => `${day(s.date)}, ${s.start} to ${s.end}`;

function refuse(row: TimesheetRow, message: string) {
  row.problems.push({ field: 'Row', message });
  row.outcome = 'problem';
}

/**
 * The same shift twice in the file: the first is added, the copy is not. Two different rows
 * whose times overlap: neither is added, because Carebook cannot know which one is right.
 */
function markClashesInFile(rows: TimesheetRow[]) {
  const placed = rows.filter((r) => r.shift).sort((a, b) => (a.shift!.startsAt < b.shift!.startsAt ? -1 : a.shift!.startsAt > b.shift!.startsAt ? 1 : a.line - b.line));
  const copies = new Set<TimesheetRow>();
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    for (let j = i + 1; j < placed.length && placed[j]!.shift!.startsAt < a.shift!.endsAt; j++) {
      const b = placed[j]!;
      if (!overlaps(a.shift!, b.shift!) || copies.has(a)) continue;
      const [first, later] = a.line < b.line ? [a, b] : [b, a];
      if (sameShift(first.shift!, later.shift!)) {
        copies.add(later);
        refuse(later, `This is the same shift as line ${first.line}, so it is added once. Remove one of the two rows`);
      } else {
        refuse(a, `This shift overlaps line ${b.line} (${when(b.shift!)}). Change the times, or remove one of the two rows`);
        refuse(b, `This shift overlaps line ${a.line} (${when(a.shift!)}). Change the times, or remove one of the two rows`);
      }
    }
  }
}

/**
 * The days whose shifts in the book could clash with the file's: from the day before its first
 * (a night shift from then runs into it) to its last, so the book is read once, by its index
 * on the PA and the date.
 */
export function timesheetDays(rows: readonly TimesheetRow[]): { from: string; to: string } | null {
  const dates = rows.flatMap((r) => (r.shift ? [r.shift.date] : [])).sort();
  if (dates.length === 0) return null;
  return { from: addDaysIso(dates[0]!, -1), to: addDaysIso(dates[dates.length - 1]!, 1) };
}

const KIND_NAMES: Record<ShiftKind, string> = { work: 'work', travel: 'travel', 'sleep-in': 'sleep-in', 'waking-night': 'waking night', 'on-call': 'on call', training: 'training' };

/** The index of the first shift starting at or after `instant` (binary search). */
function firstFrom(sorted: readonly Shift[], instant: string): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.startsAt < instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Against the shifts already in the book: the same shift is "already in your book" and not added
 * again; a row that overlaps a different shift there is not added.
 */
export function markClashesWithBook(rows: TimesheetRow[], inBook: readonly Shift[]): void {
  const sorted = [...inBook].sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
  for (const row of rows) {
    const shift = row.shift;
    if (!shift) continue;
    // A shift is under 25 hours (an end before the start is the next morning, plus the hour
    // the clocks go back), so only those starting from 25 hours before this one can overlap it.
    const earliest = new Date(Date.parse(shift.startsAt) - 25 * 3_600_000).toISOString();
    const clashes: Shift[] = [];
    for (let i = firstFrom(sorted, earliest); i < sorted.length && sorted[i]!.startsAt < shift.endsAt; i++) {
      if (overlaps(sorted[i]!, shift)) clashes.push(sorted[i]!);
    }
    const same = clashes.find((s) => sameShift(s, shift));
    const other = clashes.find((s) => s !== same);
    if (other) {
      refuse(row, `This shift overlaps their ${KIND_NAMES[other.kind]} shift already in your book (${when(other)}). Change the times, or delete that shift on the Hours tab first`);
    } else if (same && row.outcome === 'add') {
      row.outcome = 'already';
      row.problems.push({ field: 'Row', message: `Already in your book (${when(same)}), so it is not added again` });
    }
  }
}

/** The good rows, and the preview's counts. */
export function countOutcomes(rows: readonly ShiftImportRow[]) {
  return {
    add: rows.filter((r) => r.outcome === 'add').length,
    already: rows.filter((r) => r.outcome === 'already').length,
    problem: rows.filter((r) => r.outcome === 'problem').length,
  };
}
