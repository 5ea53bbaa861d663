import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Input } from '../../electron/shared/api/index.js';
import { coreWithBook, tempDir } from './helpers.js';

/**
 * The statement as the PA will read it: a real book, PA and contract through the API, the PDF
 * written to disk and read back with poppler's pdftotext and pdfinfo.
 */

type Terms = Input<'contracts.save'>;

function terms(workerId: string, changes: Partial<Terms> = {}): Terms {
  return {
    workerId,
    appliesFrom: '2026-01-05',
    continuousEmploymentFrom: '2025-10-01',
    jobTitle: 'Personal assistant',
    jobDescription: 'Personal care, cooking, and getting out and about.',
    placeOfWork: "At Alex's home, 1 Sample Street, Exampleton",
    hourlyRatePence: 1271,
    payFrequency: 'monthly',
    payDay: 'the last Friday of the month',
    hoursPerWeek: 16,
    workingPattern: 'Monday, Wednesday and Friday, 9am to 2pm',
    hoursCanChange: 'Extra shifts by agreement, with a week of notice',
    holidayMethod: 'weeks',
    daysPerWeek: 3,
    holidayYearStarts: '1 April',
    holidayExtra: 'Book holiday 4 weeks ahead.',
    sickPay: 'Statutory Sick Pay only.',
    otherPaidLeave: 'One paid day off on your birthday.',
    otherBenefits: 'Free parking outside the house.',
    employerNoticeWeeks: 4,
    workerNoticeWeeks: 2,
    kind: 'permanent',
    probationMonths: 3,
    probationConditions: 'A review meeting at the end of month 2.',
    workAbroad: 'You will not work outside the UK.',
    requiredTraining: 'Moving and handling, in your first month. I pay for it.',
    pension: 'NEST workplace pension.',
    disciplinaryAndGrievance: 'The ACAS code, given to you on your first day.',
    ...changes,
  };
}

/** Text from the PDF with its layout flattened: one space between words, so a sentence wrapped over lines still matches. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const pdfs: Record<string, { text: string; pages: string[]; info: string; struct: string; bytes: Buffer; fileName: string }> = {};

async function render(name: string, changes: Partial<Terms>, employer: Partial<Input<'employer.update'>> = {}) {
  const { core } = await coreWithBook({ now: () => new Date('2026-03-01T12:00:00Z') });
  await core.ok('employer.update', {
    kind: 'individual',
    name: 'Alex Example',
    addressLine1: '1 Sample Street',
    town: 'Exampleton',
    postcode: 'EX1 1AA',
    phone: '01234 567890',
    ...employer,
  });
  const pa = await core.ok('workers.create', { fullName: 'Sam Carter', status: 'active', startDate: '2026-01-05' });
  let version = await core.ok('contracts.save', terms(pa.id, changes));
  if (name === 'change') {
    version = await core.ok(
      'contracts.save',
      terms(pa.id, { ...changes, appliesFrom: '2026-04-01', hourlyRatePence: 1330, changeSummary: 'Pay rise to £13.30 an hour' }),
    );
  }
  const { fileName, pdfBase64 } = await core.ok('contracts.statement', { versionId: version.id });
  const file = join(tempDir('carebook-statement-'), 'statement.pdf');
  const bytes = Buffer.from(pdfBase64, 'base64');
  writeFileSync(file, bytes);
  const raw = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  pdfs[name] = {
    fileName,
    bytes,
    text: flat(raw),
    // pdftotext ends each page with a form feed.
    pages: raw.split('\f').map(flat),
    info: execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' }),
    // The tag tree: what a screen reader walks.
    struct: execFileSync('/usr/bin/pdfinfo', ['-struct', file], { encoding: 'utf8' }),
  };
}

beforeAll(async () => {
  await render('full', {});
  // As the form fills a first statement in: its suggested words, typed-in capitals, a postcode in small letters.
  await render(
    'defaults',
    {
      payDay: 'The last Friday of each month',
      holidayExtra: 'Ask me for time off as early as you can. Bank holidays are part of your holiday. When you leave, I will pay you for holiday you have built up but not taken.',
    },
    { postcode: 'bs1 4dj' },
  );
  await render('plain', {
    continuousEmploymentFrom: '',
    jobDescription: '',
    hoursCanChange: '',
    holidayExtra: '',
    otherPaidLeave: '',
    otherBenefits: '',
    probationMonths: 0,
    probationConditions: '',
    pension: '',
    disciplinaryAndGrievance: '',
    kind: 'fixed-term',
    endsOn: '2026-12-31',
    holidayMethod: 'accrual',
    hoursPerWeek: 0,
    daysPerWeek: 0,
    employerNoticeWeeks: 0,
    workerNoticeWeeks: 0,
  });
  await render('change', {}, { kind: 'representative', name: 'Jo Example', actingFor: 'Alex Example' });
});

describe('every item of the principal statement is in the PDF (REFERENCE §1.2)', () => {
  test.each([
    [1, "employer's name", ['Your employer', 'I am your employer: Alex Example.']],
    [2, "worker's name", ['Your name', 'This statement is for Sam Carter.']],
    [3, 'start date', ['Start date', 'Your start date is 5 January 2026.']],
    [4, 'continuous employment', ['Continuous employment', 'Your continuous employment began on 1 October 2025.', 'earlier work counts']],
    [5, 'job title', ['Job title', 'Your job title is Personal assistant.', 'Personal care, cooking, and getting out and about.']],
    [6, "employer's address", ["Your employer's address", 'My address is 1 Sample Street, Exampleton, EX1 1AA.']],
    [7, 'place of work', ['Where you will work', "At Alex's home, 1 Sample Street, Exampleton."]],
    [8, 'pay, how often and when', ['Pay', 'Your pay is £12.71 an hour, paid monthly, on the last Friday of the month.']],
    [
      9,
      'hours, days and how they can change',
      ['Working hours', 'You work 16 hours a week.', 'Monday, Wednesday and Friday, 9am to 2pm.', 'Extra shifts by agreement, with a week of notice.'],
    ],
    [
      10,
      'holiday and holiday pay, and on leaving',
      ['Holiday and holiday pay', '16.8 days of paid holiday a year', 'starts on 1 April', 'Book holiday 4 weeks ahead.', 'If you leave, I will pay you for any holiday'],
    ],
    [11, 'sick leave and pay', ['Sick leave and sick pay', 'Statutory Sick Pay only.']],
    [12, 'other paid leave', ['Other paid leave', 'One paid day off on your birthday.']],
    [13, 'other benefits', ['Other benefits', 'Free parking outside the house.']],
    [
      14,
      'notice on both sides',
      [
        'Notice',
        "you must give me 2 weeks' notice",
        "at least 1 week's notice once you have worked here for 1 month",
        "If I end your employment, I will give you 4 weeks' notice, or the legal minimum if that is longer",
        '2 weeks after 2 complete years',
        'up to 12 weeks after 12 years or more',
      ],
    ],
    [15, 'how long the job lasts', ['How long the job lasts', 'This job is permanent.']],
    [16, 'probation', ['Probation', '3 months, from 5 January 2026 to 4 April 2026', 'A review meeting at the end of month 2.']],
    [17, 'work abroad', ['Working outside the UK', 'You will not work outside the UK.']],
    [18, 'training', ['Training you must do', 'Moving and handling, in your first month. I pay for it.']],
    [0, 'pension', ['Pension', 'NEST workplace pension.']],
    [0, 'disciplinary and grievance', ['Disciplinary and grievance', 'The ACAS code, given to you on your first day.']],
    [0, 'version', ['About this statement', 'This is version 1 of your written statement. It applies from 5 January 2026.']],
    [0, 'signatures', ['Signatures', 'two copies', 'Employer: Alex Example', 'Employee: Sam Carter', 'Signature:', 'Date:']],
  ])('item %i: %s', (_item, _what, expected) => {
    for (const words of expected) expect(pdfs.full!.text).toContain(words);
  });

  test('the title and who it is between come first', () => {
    const text = pdfs.full!.text;
    expect(text.trimStart().startsWith('Written statement of employment particulars')).toBe(true);
    expect(text).toContain('Between me, Alex Example (your employer), and you, Sam Carter.');
    expect(text.indexOf('I am your employer')).toBeLessThan(text.indexOf('Training you must do'));
  });
});

describe('when the employer leaves things out, the statement still says something plain', () => {
  test.each([
    ['no earlier continuous employment', 'Your continuous employment began on 5 January 2026.'],
    ['irregular hours', 'Your hours are not fixed: they change from week to week.'],
    ['hours change only by agreement', 'Your hours or days can only change if we both agree.'],
    ['holiday builds up', 'Your paid holiday builds up as you work: 12.07% of the hours you work in each pay period.'],
    ['no other paid leave', 'There is no other paid leave, apart from the leave the law gives you.'],
    ['no other benefits', 'There are no other benefits.'],
    ['the legal minimum notice', 'If you want to leave, you must give me the notice the law sets.'],
    ['the legal minimum notice', 'If I end your employment, I will give you the legal minimum notice.'],
    ['fixed term', 'This is a fixed-term job. It ends on 31 December 2026.'],
    ['no probation', 'There is no probation period.'],
    ['pension later', 'I will give you details of your workplace pension separately.'],
    ['rules later', 'I will give you the disciplinary and grievance rules separately.'],
  ])('%s', (_what, words) => {
    expect(pdfs.plain!.text).toContain(words);
  });

  test('a change says its version, its date and what changed; a representative is named for who they act for', () => {
    const text = pdfs.change!.text;
    expect(text).toContain('This is version 2 of your written statement. It applies from 1 April 2026 and replaces the earlier versions.');
    expect(text).toContain('What changed: Pay rise to £13.30 an hour.');
    expect(text).toContain('£13.30 an hour');
    expect(text).toContain('I am your employer: Jo Example, acting for Alex Example.');
    expect(text).toContain('Employer: Jo Example');
    expect(pdfs.change!.fileName).toBe('Written statement - Sam Carter - version 2.pdf');
  });
});

describe('read as a PA would: one voice, nothing said twice, capitals and postcodes right, signatures together', () => {
  const count = (text: string, words: string) => text.split(words).length - 1;

  test('a phrase typed with a capital sits inside the sentence in small letters', () => {
    expect(pdfs.defaults!.text).toContain('paid monthly, on the last Friday of each month.');
    expect(pdfs.defaults!.text).not.toContain('on The last');
  });

  test('holiday pay on leaving, and the address, are each said once', () => {
    for (const [pdf, postcode] of [[pdfs.defaults!, 'BS1 4DJ'], [pdfs.full!, 'EX1 1AA']] as const) {
      expect(count(pdf.text, 'holiday you have built up')).toBe(1);
      // The place of work may name the same house; the employer's address itself is given once.
      expect(count(pdf.text, postcode)).toBe(1);
    }
  });

  test('the employer speaks as "I" throughout, never of themselves as "your employer … they"', () => {
    for (const name of ['full', 'plain', 'defaults', 'change']) {
      expect(pdfs[name]!.text, name).not.toMatch(/your employer (is|will|takes|has|pays)|give your employer|they will give you|your employer to keep/i);
    }
  });

  test('the postcode is printed in capitals with its space', () => {
    expect(pdfs.defaults!.text).toContain('My address is 1 Sample Street, Exampleton, BS1 4DJ.');
  });

  test('both signature blocks are on the same page', () => {
    for (const name of ['full', 'plain', 'defaults', 'change']) {
      const page = pdfs[name]!.pages.find((p) => p.includes('Employer: '));
      expect(page, name).toContain('Employee: Sam Carter');
      expect(page!.match(/Signature:/g)).toHaveLength(2);
    }
  });
});

describe('the file is an accessible PDF', () => {
  test('tagged, titled, in A4, with page numbers', () => {
    const { info, text, fileName } = pdfs.full!;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Written statement of employment particulars: Sam Carter$/m);
    expect(info).toMatch(/^Author:\s+Alex Example$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`page 1 of ${pages}`);
    expect(fileName).toBe('Written statement - Sam Carter - version 1.pdf');
  });

  test('the structure tree has the headings and paragraphs, and the language is British English', () => {
    const { struct, bytes } = pdfs.full!;
    expect(struct).toMatch(/^Document$/m);
    expect(struct.match(/^\s+H1 \(block\)$/gm)?.length).toBe(1);
    // The 18 items, pension, disciplinary and grievance, about this statement, signatures.
    expect(struct.match(/^\s+H2 \(block\)$/gm)?.length).toBe(22);
    expect(struct.match(/^\s+Sect$/gm)?.length).toBe(22);
    expect(struct.match(/^\s+P \(block\)$/gm)?.length).toBeGreaterThan(40);
    expect(bytes.toString('latin1')).toContain('/Lang (en-GB)');
    expect(bytes.toString('latin1')).toContain('/DisplayDocTitle true');
  });

  test('no file name character that a system refuses', () => {
    expect(pdfs.full!.fileName).not.toMatch(/[\\/:*?"<>|]/);
  });
});
