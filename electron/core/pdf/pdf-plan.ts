/**
 * What a PDF says, as plain data: a document's author draws with a PdfWriter, which only writes
 * the steps down. The steps are then laid out by pdfkit in a worker thread (make-pdf.ts), so the
 * core's own heap never holds pdfkit or a document's pages.
 */

export interface PdfMetadata {
  title: string;
  author: string;
  /** Also the running footer: "<subject> – page 1 of 3". */
  subject: string;
  createdAt: Date;
  /** A4 upright (default) or on its side, for wide tables. */
  layout?: 'portrait' | 'landscape';
}

export interface PdfTable {
  header: string[];
  rows: string[][];
  /** Each column's share of the width, e.g. [2, 1, 1]; equal when left out. */
  widths?: number[];
}

/** What a document's author draws with. */
export interface PdfWriter {
  heading(words: string): void;
  paragraph(words: string): void;
  table(table: PdfTable): void;
  /** A heading and what `body` draws after it, tagged together as one section. */
  section(heading: string, body: () => void): void;
  /** Start a new page unless about `lines` body lines still fit, so a block is not split. */
  keepSpace(lines: number): void;
  /** A line to sign or write on, after its label. */
  writingLine(label: string, length: 'short' | 'full'): void;
}

export type PdfStep =
  | { step: 'heading'; words: string }
  | { step: 'paragraph'; words: string }
  | { step: 'table'; table: PdfTable }
  | { step: 'section'; heading: string; body: PdfStep[] }
  | { step: 'keepSpace'; lines: number }
  | { step: 'writingLine'; label: string; length: 'short' | 'full' };

/** Structured-clone safe: it crosses to the worker as it is. */
export interface PdfPlan {
  meta: PdfMetadata;
  steps: PdfStep[];
}

export function planPdf(meta: PdfMetadata, draw: (pdf: PdfWriter) => void): PdfPlan {
  const steps: PdfStep[] = [];
  let into = steps;
  const writer: PdfWriter = {
    heading: (words) => void into.push({ step: 'heading', words }),
    paragraph: (words) => void into.push({ step: 'paragraph', words }),
    table: (table) => void into.push({ step: 'table', table }),
    keepSpace: (lines) => void into.push({ step: 'keepSpace', lines }),
    writingLine: (label, length) => void into.push({ step: 'writingLine', label, length }),
    section: (heading, body) => {
      const outer = into;
      const section: PdfStep[] = [];
      into = section;
      try {
        body();
      } finally {
        into = outer;
      }
      into.push({ step: 'section', heading, body: section });
    },
  };
  draw(writer);
  return { meta, steps };
}
