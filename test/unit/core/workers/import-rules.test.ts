import { describe, expect, test } from 'vitest';
import { columnFor, parseStatus, parseUkDate, parseWorkersCsv, type Identity } from '../../../../electron/core/workers/import-rules.js';

const TODAY = '2026-05-01';
const none: Identity[] = [];

describe('headings, matched loosely', () => {
  test.each([
    ['Name', 'fullName'],
    ['Full name', 'fullName'],
    ['FULL_NAME', 'fullName'],
    [' full-name ', 'fullName'],
    ['First name', 'firstName'],
    ['Surname', 'lastName'],
    ['Preferred name', 'preferredName'],
    ['Known as', 'preferredName'],
    ['Pronouns', 'pronouns'],
    ['Date of birth', 'dateOfBirth'],
    ['DOB', 'dateOfBirth'],
    ['D.O.B.', 'dateOfBirth'],
    ['Date of birth (DD/MM/YYYY)', 'dateOfBirth'],
    ['NI number', 'niNumber'],
    ['N.I. Number', 'niNumber'],
    ['National Insurance number', 'niNumber'],
    ['Phone', 'phone'],
    ['Mobile', 'phone'],
    ['Email', 'email'],
    ['E-mail address', 'email'],
    ['Address line 1', 'addressLine1'],
    ['Address line 2', 'addressLine2'],
    ['Town', 'town'],
    ['City', 'town'],
    ['Postcode', 'postcode'],
    ['Post code', 'postcode'],
    ['Start date', 'startDate'],
    ['Job title', 'jobTitle'],
    ['Status', 'status'],
    ['Emergency contact name', 'emergencyName'],
    ['Emergency contact relationship', 'emergencyRelationship'],
    ['Emergency contact phone', 'emergencyPhone'],
    ['Shoe size', undefined],
    ['', undefined],
  ])('%j → %s', (heading, column) => expect(columnFor(heading)).toBe(column));
});

describe('dates, always day first', () => {
  test.each([
    ['27/03/1990', '1990-03-27'],
    ['7/3/1990', '1990-03-07'],
    ['03/04/2020', '2020-04-03'], // 3 April, never 4 March
    ['27-03-1990', '1990-03-27'],
    ['27.03.1990', '1990-03-27'],
    ['1990-03-27', '1990-03-27'],
    ['1990-3-7', '1990-03-07'],
    ['1990-03-27 00:00:00', '1990-03-27'],
    [' 29/02/2024 ', '2024-02-29'],
    ['', ''],
    ['03/27/1990', null], // US order: month 27
    ['29/02/2023', null], // not a leap year
    ['31/04/2020', null],
    ['27/03/90', null], // two-digit years are ambiguous
    ['27 March 1990', null],
    ['yesterday', null],
  ])('%j → %j', (text, iso) => expect(parseUkDate(text)).toBe(iso));
});

describe('status', () => {
  test.each([
    ['active', '', 'active'],
    ['Working', '', 'active'],
    ['YES', '', 'active'],
    ['applicant', '2026-01-01', 'applicant'],
    ['', '2026-01-01', 'active'],
    ['', '2026-05-01', 'active'], // started today
    ['', '2026-05-02', 'applicant'], // due to start tomorrow
    ['', '', 'applicant'],
    ['left', '2026-01-01', null],
    ['maybe', '', null],
  ])('%j with start date %j → %s', (text, startDate, status) => expect(parseStatus(text, startDate, '2026-05-01')).toBe(status));
});

describe('reading a file', () => {
  test('a clean file from Excel (byte-order mark, CRLF, quoted commas)', () => {
    const csv =
      '\uFEFFFull name,DOB,NI number,Start date,Address line 1,Town,Postcode,Shoe size\r\n' +
      'Sam Carter,27/03/1990,qq 12 34 56 c,1/2/2024,"Flat 2, 10 High Street",Leeds,LS1 1AA,9\r\n' +
      'Priya Shah,1990-05-04,,,,,,\r\n';
    const { rows, columns } = parseWorkersCsv(csv, none, TODAY);
    expect(columns).toEqual({
      recognised: ['Full name', 'DOB', 'NI number', 'Start date', 'Address line 1', 'Town', 'Postcode'],
      ignored: ['Shoe size'],
    });
    expect(rows.map((r) => [r.line, r.fullName, r.dateOfBirth, r.startDate, r.status, r.errors])).toEqual([
      [2, 'Sam Carter', '1990-03-27', '2024-02-01', 'active', []],
      [3, 'Priya Shah', '1990-05-04', '', 'applicant', []],
    ]);
    expect(rows[0]!.details).toMatchObject({ niNumber: 'QQ123456C', addressLine1: 'Flat 2, 10 High Street', postcode: 'LS1 1AA' });
  });

  test('first and last name columns make the full name; semicolons work too', () => {
    const { rows } = parseWorkersCsv('First name;Last name\nSam;Carter\n', none, TODAY);
    expect(rows[0]).toMatchObject({ fullName: 'Sam Carter', errors: [] });
  });

  test('each row says what is wrong, with the field’s label and the form’s message', () => {
    const csv = [
      'Name,Date of birth,Email,Status,Start date,Postcode',
      ',01/01/1990,,,,',
      'Grace Okafor,03/27/1990,grace@,,,',
      'Yusuf Hughes,,,working,,',
      'Mei Chen,,,left,,',
      'Olu Adeyemi,,,,,NOT A CODE',
      'Hannah Murphy,01/01/2030,,,,',
    ].join('\n');
    const { rows } = parseWorkersCsv(csv, none, TODAY);
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [2, [{ field: 'Full name', message: 'Enter full name' }]],
      [
        3,
        [
          { field: 'Date of birth', message: 'Date of birth must be a real date, written like 27/03/1990' },
          { field: 'Email address', message: 'Enter an email address in the right format, like name@example.com' },
        ],
      ],
      [4, [{ field: 'Start date', message: 'Enter their start date, because they are marked as working for you' }]],
      [5, [{ field: 'Status', message: 'Status must be “active” or “applicant”, or left empty. Add PAs who have left one at a time' }]],
      [6, [{ field: 'Postcode', message: 'Enter a real postcode, for example SW1A 1AA' }]],
      [7, [{ field: 'Date of birth', message: 'Date of birth must be in the past' }]],
    ]);
    expect(rows.every((r) => r.details === null)).toBe(true);
    // What the file said is shown, so the person can find it.
    expect(rows[1]!.dateOfBirth).toBe('03/27/1990');
  });

  test('the same PA twice: already in the book, or twice in the file', () => {
    const existing: Identity[] = [
      { fullName: 'Sam Carter', dateOfBirth: '1990-03-27', niNumber: 'QQ123456C' },
      { fullName: 'Priya Shah', dateOfBirth: '1985-01-02', niNumber: '' },
    ];
    const csv = [
      'Name,DOB,NI number',
      'Samuel Carter,,QQ 12 34 56 C', // same NI number as someone in the book
      'priya  SHAH,02/01/1985,', // same name and date of birth
      'Priya Shah,03/01/1985,', // same name, another birthday: a different person
      'Tomasz Nowak,,AB123456',
      'Tom Nowak,,ab 12 34 56', // same NI number as line 5
      'Grace Okafor,05/05/1995,',
      'Grace Okafor,1995-05-05,', // same name and date of birth as line 7
    ].join('\n');
    const { rows } = parseWorkersCsv(csv, existing, TODAY);
    expect(rows.map((r) => [r.line, r.errors.map((e) => `${e.field}: ${e.message}`)])).toEqual([
      [2, ['National Insurance number: A PA with this National Insurance number is already in your book']],
      [3, ['Full name: A PA with this name and date of birth is already in your book']],
      [4, []],
      [5, []],
      [6, ['National Insurance number: Line 5 has the same National Insurance number. Remove one of the two rows']],
      [7, []],
      [8, ['Full name: Line 7 has the same name and date of birth. Remove one of the two rows']],
    ]);
  });

  test('line numbers count blank lines and names that run over two lines', () => {
    const csv = 'Name,Job title\n\nSam Carter,PA\n"Priya\nShah",PA\n,\nGrace Okafor,PA';
    const { rows } = parseWorkersCsv(csv, none, TODAY);
    expect(rows.map((r) => [r.line, r.fullName])).toEqual([
      [3, 'Sam Carter'],
      [4, 'Priya Shah'],
      [7, 'Grace Okafor'],
    ]);
  });

  test.each([
    ['no name column', 'Email,Phone\na@example.com,0113\n', 'Carebook cannot find a column of names'],
    ['headings only', 'Full name,Email\n', 'The file has headings but no PAs'],
    ['nothing but blank lines', '\n\n', 'The file is empty'],
    ['too many rows', `Name\n${'Sam\n'.repeat(5001)}`, 'The file has 5,001 rows'],
  ])('%s is refused with a clear message', (_label, csv, message) => {
    expect(() => parseWorkersCsv(csv, none, TODAY)).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message), fields: { csv: expect.stringContaining(message) } }),
    );
  });
});
