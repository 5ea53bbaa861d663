import { taggedPdf, type PdfMetadata } from '../pdf/make-pdf.js';
import type { StatementText } from './statement-text.js';

export type { PdfMetadata };

/** The written statement as a tagged PDF: its title, who it is between, a section for each item, and the signatures. */
export function statementPdf(text: StatementText, meta: PdfMetadata): Promise<Buffer> {
  return taggedPdf(meta, (pdf) => {
    pdf.heading(text.title);
    for (const words of text.intro) pdf.paragraph(words);
    for (const section of text.sections) {
      pdf.section(section.heading, () => section.paragraphs.forEach((words) => pdf.paragraph(words)));
    }
    // Both signature blocks stay together on one page with their heading, so neither is left
    // alone on the last one: each party's name, a line to sign on and a line for the date.
    pdf.keepSpace(8 + 9 * text.signatures.parties.length);
    pdf.section(text.signatures.heading, () => {
      for (const words of text.signatures.advice) pdf.paragraph(words);
      for (const party of text.signatures.parties) {
        pdf.paragraph(`${party.role}: ${party.name}`);
        pdf.writingLine('Signature', 'full');
        pdf.writingLine('Date', 'short');
      }
    });
  });
}
