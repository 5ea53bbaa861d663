import { execFileSync, fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { pdfProcessScript, taggedPdf, usePdfProcess, type PdfWriter } from '../../electron/core/pdf/make-pdf.js';
import { tempDir } from './helpers.js';

/** The shared PDF layout: headings, paragraphs and a table a screen reader can walk cell by cell. */
test('a table is tagged as Table, rows and header cells, inside its section; the page is on its side when asked', async () => {
  const bytes = await taggedPdf({ title: 'Timesheet', author: 'Alex Example', subject: 'Timesheet for Sam Carter', createdAt: new Date('2026-03-01T12:00:00Z'), layout: 'landscape' }, (pdf) => {
    pdf.heading('Timesheet');
    pdf.section('Shifts', () => {
      pdf.paragraph('Every shift in the period.');
      pdf.table({ header: ['Date', 'Start', 'End', 'Hours'], rows: [['2 March 2026', '9:00am', '1:00pm', '4'], ['3 March 2026', '9:00am', '2:30pm', '5.5']], widths: [2, 1, 1, 1] });
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

/** make-pdf.ts: a PDF is laid out in a process the host starts, and made here only if none can start. */
describe('where a PDF is laid out', () => {
  afterEach(() => usePdfProcess(undefined));
  const draw = (pdf: PdfWriter) => {
    pdf.heading('Timesheet');
    pdf.paragraph('Every shift in the period.');
  };
  const meta = { title: 'Timesheet', author: 'Alex Example', subject: 'Timesheet', createdAt: new Date('2026-03-01T12:00:00Z') };
  const textOf = (bytes: Buffer) => {
    const file = join(tempDir('carebook-pdf-'), 'made.pdf');
    writeFileSync(file, bytes);
    return execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
  };

  test('in the process the host starts, given the plan and not the drawing', async () => {
    const started: string[] = [];
    usePdfProcess((script, execArgv) => {
      started.push(script);
      const child = fork(script, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      return { send: (plan) => child.send(plan), onMessage: (l) => child.once('message', l), onExit: (l) => child.once('exit', l), kill: () => child.kill() };
    });
    const bytes = await taggedPdf(meta, draw);
    expect(started).toEqual([pdfProcessScript()!.file]);
    expect(textOf(bytes)).toContain('Every shift in the period.');
  });

  test('a process that cannot start: the PDF is made here instead', async () => {
    usePdfProcess(() => {
      throw new Error('no utility process here');
    });
    expect(textOf(await taggedPdf(meta, draw))).toContain('Every shift in the period.');
  });

  test('a process that started and then refused the plan: an error, not a second try', async () => {
    usePdfProcess(() => {
      let reply: (r: unknown) => void = () => undefined;
      return { send: () => reply({ ok: false, message: 'pdfkit said no' }), onMessage: (l) => (reply = l), onExit: () => undefined, kill: () => undefined };
    });
    await expect(taggedPdf(meta, draw)).rejects.toThrow(/could not lay out the file: pdfkit said no/);
  });
});
