import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { writeCsv } from '../../../../electron/core/csv/write-csv.js';

describe('every CSV Carebook writes', () => {
  test.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+44 7700 900461', "'+44 7700 900461"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturned', `'\rReturned`],
    ['Sam Carter', 'Sam Carter'],
    ['O’Neil-Smith', 'O’Neil-Smith'], // a dash inside a name is not a formula
  ])('a text cell %j is written as text: %j', (cell, written) => {
    const csv = writeCsv(['Name'], [[cell]], { byteOrderMark: false });
    const [, row] = Papa.parse<string[]>(csv.trim()).data;
    expect(row).toEqual([written]);
  });

  test('numbers stay numbers, negative ones too', () => {
    expect(writeCsv(['Hours', 'Pay'], [[-2.5, 12.71]], { byteOrderMark: false })).toBe('Hours,Pay\r\n-2.5,12.71\r\n');
  });

  test('quotes, commas and line breaks are quoted; a byte-order mark starts the file for Excel', () => {
    const csv = writeCsv(['Note'], [['Said "hello", then left\nearly']]);
    expect(csv.startsWith('\uFEFFNote\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1).trim()).data[1]).toEqual(['Said "hello", then left\nearly']);
  });
});
