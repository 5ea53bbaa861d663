import type { Dated } from './dated.js';

/**
 * The law on employing children and young people in England, for the warnings on a PA's page
 * and on Home. Not in shared/domain/REFERENCE.md: looked up with the search tool on 2026-12-01
 * (sources below); check them before relying on a detail.
 *
 * A child is of compulsory school age until the last Friday of June in the school year
 * (1 September to 31 August) in which they turn 16. Until then they may work only part-time,
 * within set hours (at most 12 hours in a school week, not before 7am or after 7pm), and their
 * employer needs a work permit from the council. From then until 18 they are a "young worker":
 * at most 8 hours a day and 40 a week, 12 hours' rest between working days, a 30-minute break
 * after 4.5 hours, and usually no night work (Working Time Regulations 1998).
 */
export interface YoungWorkerRules {
  /** The age in years a child turns in the school year they may leave school. */
  schoolLeavingAge: number;
  /** Under this age on a day, someone is a young worker (once past school leaving age). */
  adultAge: number;
  /** Where to read more, for the employer: in plain words, and the address. */
  childGuide: { title: string; url: string };
  youngWorkerGuide: { title: string; url: string };
}

export const YOUNG_WORKERS: readonly Dated<YoungWorkerRules>[] = [
  {
    // The single school leaving date (last Friday of June) has applied since 1997.
    from: '1997-09-01',
    value: {
      schoolLeavingAge: 16,
      adultAge: 18,
      childGuide: { title: 'Child employment, on GOV.UK', url: 'https://www.gov.uk/child-employment' },
      // GOV.UK's own search: the guide's exact address was not confirmed.
      youngWorkerGuide: { title: 'Young workers, on GOV.UK', url: 'https://www.gov.uk/search?q=young+workers' },
    },
    source:
      'Children and Young Persons Act 1933 and council byelaws (gov.uk/child-employment; council child employment pages, e.g. rbkc.gov.uk, nncee.org.uk); Working Time Regulations 1998 for young workers (as summarised by the TUC, Acas and GOV.UK pages on young workers)',
  },
];
