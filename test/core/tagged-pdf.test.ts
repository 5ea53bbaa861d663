import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { taggedPdf } from '../../electron/core/pdf/tagged-pdf.js';
import { tempDir } from './helpers.js';

/** The shared PDF layout: headings, paragraphs and a table a screen reader can walk cell by cell. */
test('a table is tagged as Table, rows and header cells, inside its section; the page is on its side when asked', async () => {
  const bytes = await taggedPdf({ title: 'Timesheet', author: 'Alex Example', subject: 'Timesheet for Sam Carter', createdAt: new Date('2026-03-01T12:00:00Z'), layout: 'landscape' }, (pdf) => {
    pdf.heading('Timesheet');
    pdf.section('Shifts', (sect) => {
      pdf.paragraph('Every shift in the period.', sect);
      pdf.table({ header: ['Date', 'Start', 'End', 'Hours'], rows: [['2 March 2026', '9:00am', '1:00pm', '4'], ['3 March 2026', '9:00am', '2:30pm', '5.5']], widths: [2, 1, 1, 1] }, sect);
    });
  });
  const file = join(tempDir('carebook-pdf-'), 'table.pdf');
  writeFileSync(file, bytes);
  const struct = execFileSync('/usr/bin/pdfinfo', ['-struct', file], { encoding: 'utf8' });
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(struct).toMatch(/^\s+Sect\n(\s+.*\n)*?\s+Table/m);
  expect(struct.match(/^\s+TR\b/gm)).toHaveLength(3);
  expect(struct.match(/^\s+TH\b/gm)).toHaveLength(4);
  expect(struct.match(/^\s+TD\b/gm)).toHaveLength(8);
  expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)/m);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(text).toContain('3 March 2026');
  expect(text).toContain('Timesheet for Sam Carter – page 1 of 1');
});
