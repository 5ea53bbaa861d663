import type { StatementText } from './statement-text.js';

/**
 * Lays out a statement as a tagged PDF: a structure tree (Document → H1, Sect → H2 and P) so
 * screen readers read headings and paragraphs in order, the language and title set, and the
 * signature lines and page numbers marked as artifacts (decoration, not text). Only the
 * standard Helvetica fonts, which every PDF reader has, so nothing is fetched or embedded.
 * pdfkit cannot embed these standard fonts, so the file is tagged but not claimed as PDF/UA.
 */

const MARGIN = 64;
const BODY = 12;
const HEADING = 15;
const TITLE = 22;
const SMALL = 10;
const GAP = 4;

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  createdAt: Date;
}

export async function statementPdf(text: StatementText, meta: PdfMetadata): Promise<Buffer> {
  // Loaded when a statement is made, not at start: pdfkit and its font metrics are about 30 MB.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Carebook', CreationDate: meta.createdAt },
    font: 'Helvetica',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const root = doc.struct('Document');
  doc.addStructure(root);

  /** Start a new page when fewer than `lines` body lines are left, so a heading is never alone at the foot. */
  const keepSpace = (lines: number) => {
    if (doc.y + lines * (BODY + GAP) > doc.page.height - MARGIN) doc.addPage();
  };
  const heading = (parent: PDFKit.PDFStructureElement, tag: 'H1' | 'H2', words: string, size: number) => {
    keepSpace(4);
    parent.add(doc.struct(tag, {}, () => doc.font('Helvetica-Bold').fontSize(size).text(words, { width })));
    doc.moveDown(0.4);
  };
  const paragraph = (parent: PDFKit.PDFStructureElement, words: string) => {
    parent.add(doc.struct('P', {}, () => doc.font('Helvetica').fontSize(BODY).text(words, { width, lineGap: GAP })));
    doc.moveDown(0.6);
  };
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };

  heading(root, 'H1', text.title, TITLE);
  for (const words of text.intro) paragraph(root, words);
  doc.moveDown(0.4);

  for (const section of text.sections) {
    const sect = doc.struct('Sect');
    root.add(sect);
    heading(sect, 'H2', section.heading, HEADING);
    for (const words of section.paragraphs) paragraph(sect, words);
    sect.end();
    doc.moveDown(0.3);
  }

  // Signatures: each party's name, then a line to sign on and a line for the date. Both blocks
  // stay together on one page (with their heading), so neither is left alone on the last one.
  const signatures = doc.struct('Sect');
  root.add(signatures);
  keepSpace(8 + 9 * text.signatures.parties.length);
  heading(signatures, 'H2', text.signatures.heading, HEADING);
  for (const words of text.signatures.advice) paragraph(signatures, words);
  for (const party of text.signatures.parties) {
    paragraph(signatures, `${party.role}: ${party.name}`);
    for (const label of ['Signature', 'Date']) {
      doc.moveDown(0.8);
      const y = doc.y;
      signatures.add(doc.struct('P', {}, () => doc.font('Helvetica').fontSize(BODY).text(`${label}:`, MARGIN, y, { width: 80 })));
      artifact(() =>
        doc
          .moveTo(MARGIN + 80, y + BODY)
          .lineTo(MARGIN + (label === 'Date' ? 260 : width), y + BODY)
          .lineWidth(0.75)
          .stroke(),
      );
      doc.x = MARGIN;
      doc.y = y + BODY + GAP;
      doc.moveDown(0.6);
    }
    doc.moveDown(1);
  }
  signatures.end();
  root.end();

  // Page numbers, as artifacts, written last so the total is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    artifact(() =>
      doc
        .font('Helvetica')
        .fontSize(SMALL)
        .text(`${meta.subject} – page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - SMALL, {
          width,
          align: 'center',
          lineBreak: false,
        }),
    );
    doc.page.margins.bottom = bottom;
  }
  doc.flushPages();
  doc.end();
  return done;
}
