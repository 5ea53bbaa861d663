import { taggedPdf, type PdfMetadata } from '../pdf/tagged-pdf.js';
import type { StatementText } from './statement-text.js';

export type { PdfMetadata };

/** The written statement as a tagged PDF: its title, who it is between, a section for each item, and the signatures. */
export function statementPdf(text: StatementText, meta: PdfMetadata): Promise<Buffer> {
  return taggedPdf(meta, (pdf) => {
    pdf.heading(text.title);
    for (const words of text.intro) pdf.paragraph(words);
    for (const section of text.sections) {
      pdf.section(section.heading, (sect) => section.paragraphs.forEach((words) => pdf.paragraph(words, sect)));
    }
    // Both signature blocks stay together on one page with their heading, so neither is left
    // alone on the last one: each party's name, a line to sign on and a line for the date.
    pdf.keepSpace(8 + 9 * text.signatures.parties.length);
    pdf.section(text.signatures.heading, (sect) => {
      for (const words of text.signatures.advice) pdf.paragraph(words, sect);
      for (const party of text.signatures.parties) {
        pdf.paragraph(`${party.role}: ${party.name}`, sect);
        pdf.writingLine('Signature', 'full', sect);
        pdf.writingLine('Date', 'short', sect);
      }
    });
  });
}
