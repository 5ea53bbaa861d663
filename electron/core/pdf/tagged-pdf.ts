import type { PdfPlan, PdfStep } from './pdf-plan.js';

/**
 * The one way Carebook lays out a PDF (the written statement, timesheets, the training matrix):
 * a tagged PDF whose structure tree (Document → H1, Sect → H2, P, Table) lets a screen reader
 * read headings, paragraphs and table cells in order, with the language and title set and
 * decoration (rules, page numbers) marked as artifacts. Only the standard Helvetica fonts, which
 * every PDF reader has, so nothing is fetched or embedded; pdfkit cannot embed those, so a file
 * is tagged but not claimed as PDF/UA. pdfkit (about 30 MB) is loaded only here, in the PDF
 * worker (make-pdf.ts says why).
 */

const MARGIN = 64;
const BODY = 12;
const HEADING = 15;
const TITLE = 22;
const SMALL = 10;
const GAP = 4;

type Struct = PDFKit.PDFStructureElement;

/** Lay out a plan (pdf-plan.ts) with pdfkit: the bytes of the PDF file. */
export async function renderPdf({ meta, steps }: PdfPlan): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
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
  const artifact = (paint: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    paint();
    doc.endMarkedContent();
  };
  const keepSpace = (lines: number) => {
    if (doc.y + lines * (BODY + GAP) > doc.page.height - MARGIN) doc.addPage();
  };
  let headings = 0;

  const draw = (step: PdfStep, parent: Struct): void => {
    switch (step.step) {
      case 'keepSpace':
        return keepSpace(step.lines);
      case 'heading': {
        // The first heading is the document's H1; a heading is never left alone at the foot of a page.
        const tag = headings++ === 0 ? 'H1' : 'H2';
        keepSpace(4);
        parent.add(doc.struct(tag, {}, () => doc.font('Helvetica-Bold').fontSize(tag === 'H1' ? TITLE : HEADING).text(step.words, { width })));
        doc.moveDown(0.4);
        return;
      }
      case 'paragraph':
        parent.add(doc.struct('P', {}, () => doc.font('Helvetica').fontSize(BODY).text(step.words, { width, lineGap: GAP })));
        doc.moveDown(0.6);
        return;
      case 'table': {
        const { header, rows, widths } = step.table;
        keepSpace(4);
        const shares = widths ?? header.map(() => 1);
        const total = shares.reduce((a, b) => a + b, 0);
        const table = doc.font('Helvetica').fontSize(SMALL + 1).table({
          maxWidth: width,
          columnStyles: shares.map((share) => ({ width: (width * share) / total })),
          defaultStyle: { border: 0.5, padding: 4 },
          // Tagged as Table → TR → TH/TD inside this section (the typings do not list it yet).
          structParent: parent,
        } as PDFKit.Mixins.TableOptions);
        table.row(header.map((text) => ({ text, type: 'TH', font: { src: 'Helvetica-Bold' } })));
        for (const row of rows) table.row(row);
        table.end();
        doc.x = MARGIN;
        doc.moveDown(0.8);
        return;
      }
      case 'section': {
        const sect = doc.struct('Sect');
        root.add(sect);
        draw({ step: 'heading', words: step.heading }, sect);
        for (const inner of step.body) draw(inner, sect);
        sect.end();
        doc.moveDown(0.3);
        return;
      }
      case 'writingLine': {
        doc.moveDown(0.8);
        const y = doc.y;
        parent.add(doc.struct('P', {}, () => doc.font('Helvetica').fontSize(BODY).text(`${step.label}:`, MARGIN, y, { width: 80 })));
        // The line itself is decoration, so an artifact.
        artifact(() =>
          doc
            .moveTo(MARGIN + 80, y + BODY)
            .lineTo(MARGIN + (step.length === 'short' ? 260 : width), y + BODY)
            .lineWidth(0.75)
            .stroke(),
        );
        doc.x = MARGIN;
        doc.y = y + BODY + GAP;
        doc.moveDown(0.6);
        return;
      }
    }
  };

  for (const step of steps) draw(step, root);
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
