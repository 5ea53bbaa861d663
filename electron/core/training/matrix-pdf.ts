import type { TrainingMatrix } from '../../shared/api/index.js';
import { dateInWords } from '../../shared/dates.js';
import { STATUS_WORDS } from '../../shared/training/status.js';
import { taggedPdf } from '../pdf/make-pdf.js';

/** How many topics fit across one landscape page beside the PA's name. */
const TOPICS_PER_TABLE = 8;

/** The matrix as a tagged PDF: a table per group of topics, PAs down the side, each cell in words. */
export function matrixPdf(m: TrainingMatrix, employer: string, now: Date): Promise<Buffer> {
  return taggedPdf(
    { title: 'Training matrix', author: employer, subject: `Training matrix on ${dateInWords(m.today)}`, createdAt: now, layout: 'landscape' },
    (pdf) => {
      pdf.heading('Training matrix');
      pdf.paragraph(`On ${dateInWords(m.today)}. “Due soon” means it runs out within ${m.dueWithinDays} days.`);
      for (let from = 0; from < m.topics.length; from += TOPICS_PER_TABLE) {
        const topics = m.topics.slice(from, from + TOPICS_PER_TABLE);
        pdf.section(`Topics ${from + 1} to ${from + topics.length} of ${m.topics.length}`, () =>
          pdf.table(
            {
              header: ['PA', ...topics.map((t) => t.name)],
              rows: m.pas.map((pa, i) => [
                pa.name,
                ...topics.map((_, j) => {
                  const c = m.cells[i]![from + j]!;
                  // Words only: the standard PDF fonts have no tick or cross.
                  return `${STATUS_WORDS[c.status].words}${c.expiresOn ? `, ${dateInWords(c.expiresOn)}` : ''}`;
                }),
              ]),
              widths: [2, ...topics.map(() => 1.4)],
            }
          ),
        );
      }
    },
  );
}
