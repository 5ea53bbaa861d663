import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { coreWithBook, withBook } from './helpers.js';

const NOW = new Date('2026-05-01T12:00:00Z');

// As Excel saves "CSV UTF-8": a byte-order mark and CRLF line ends.
const FILE =
  '\uFEFF' +
  [
    'Full name,Preferred name,DOB,National Insurance number,Email,Start date,Status,Job title,Favourite colour',
    'Sam Carter,Sam,27/03/1990,QQ 12 34 56 C,sam@example.com,08/01/2024,,Personal assistant,Blue',
    'Priya Shah,,1985-05-04,,priya@,,,Personal assistant,Green',
    'Tomasz Nowak,Tom,,,,,applicant,,Red',
    'Grace Okafor,,12/13/1992,,,,working,,',
    'Sam Carter,,27/03/1990,,,,,,',
  ].join('\r\n') +
  '\r\n';

describe('importing PAs from a spreadsheet', () => {
  test('the preview says what is wrong with each row and writes nothing; the import takes only the good rows', async () => {
    const { core } = await coreWithBook({ now: () => NOW });
    const preview = await core.ok('workers.importPreview', { csv: FILE });
    expect(preview.columns).toEqual({
      recognised: ['Full name', 'Preferred name', 'DOB', 'National Insurance number', 'Email', 'Start date', 'Status', 'Job title'],
      ignored: ['Favourite colour'],
    });
    expect(preview.rows).toEqual([
      { line: 2, fullName: 'Sam Carter', dateOfBirth: '1990-03-27', startDate: '2024-01-08', status: 'active', errors: [] },
      {
        line: 3,
        fullName: 'Priya Shah',
        dateOfBirth: '1985-05-04',
        startDate: '',
        status: 'applicant',
        errors: [{ field: 'Email address', message: 'Enter an email address in the right format, like name@example.com' }],
      },
      { line: 4, fullName: 'Tomasz Nowak', dateOfBirth: '', startDate: '', status: 'applicant', errors: [] },
      {
        line: 5,
        fullName: 'Grace Okafor',
        dateOfBirth: '12/13/1992',
        startDate: '',
        status: 'active',
        errors: [
          { field: 'Date of birth', message: 'Date of birth must be a real date, written like 27/03/1990' },
          { field: 'Start date', message: 'Enter their start date, because they are marked as working for you' },
        ],
      },
      {
        line: 6,
        fullName: 'Sam Carter',
        dateOfBirth: '1990-03-27',
        startDate: '',
        status: 'applicant',
        errors: [{ field: 'Full name', message: 'Line 2 has the same name and date of birth. Remove one of the two rows' }],
      },
    ]);
    expect(preview).toMatchObject({ okCount: 2, errorCount: 3 });
    expect(await core.ok('workers.list', { show: 'all' })).toEqual([]);

    expect(await core.ok('workers.import', { csv: FILE })).toEqual({ imported: 2, skipped: 3 });
    const list = await core.ok('workers.list', { show: 'all' });
    expect(list.map((w) => [w.fullName, w.status, w.startDate])).toEqual([
      ['Sam Carter', 'active', '2024-01-08'],
      ['Tomasz Nowak', 'applicant', ''],
    ]);
    expect(await core.ok('workers.get', { id: list[0]!.id })).toMatchObject({
      preferredName: 'Sam',
      niNumber: 'QQ123456C',
      email: 'sam@example.com',
      jobTitle: 'Personal assistant',
      createdAt: NOW.toISOString(),
    });

    // The same file again: everyone it could import is now in the book.
    const again = await core.ok('workers.importPreview', { csv: FILE });
    expect(again.rows[0]!.errors).toEqual([{ field: 'National Insurance number', message: 'A PA with this National Insurance number is already in your book' }]);
    expect(again.okCount).toBe(1); // Tomasz has no NI number or date of birth to match on
  });

  test('a file Carebook cannot use says why, on the file field', async () => {
    const { core } = await coreWithBook({ now: () => NOW });
    const noNames = await core.fails('workers.importPreview', { csv: 'Email,Phone\nsam@example.com,0113 496 0000\n' });
    expect(noNames).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Carebook cannot find a column of names'),
      fields: { csv: expect.stringContaining('“Full name”') },
    });
    expect((await core.fails('workers.import', { csv: 'Email\nx@example.com' })).code).toBe('invalid_input');
    expect((await core.fails('workers.importPreview', { csv: '' })).fields).toEqual({ csv: 'The file is empty. Choose a CSV file with a row for each PA' });
    expect(await core.ok('workers.list', { show: 'all' })).toEqual([]);
  });

  test('the import is one transaction: a failure part way saves nothing', async () => {
    const { core, folder } = await coreWithBook({ now: () => NOW });
    const names = Array.from({ length: 150 }, (_, i) => `Person Number${i}`);
    names[120] = 'Breaks The Book';
    await withBook(core, folder, async (db) => {
      // Stand-in for a fault after the first batch of rows is written (a full disk, say).
      await sql`create trigger fail_import before insert on worker when new.full_name = 'Breaks The Book' begin select raise(abort, 'disk full'); end`.execute(db);
    });
    const csv = `Name\n${names.join('\n')}\n`;
    expect((await core.ok('workers.importPreview', { csv })).okCount).toBe(150);
    await expect(core.call('workers.import', { csv })).rejects.toThrow(/internal error in workers.import/);
    expect(await core.ok('workers.list', { show: 'all' })).toEqual([]);
  });
});
