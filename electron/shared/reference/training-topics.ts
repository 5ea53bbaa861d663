import type { Dated } from './dated.js';

/**
 * The training topics Carebook starts with, each with its usual refresher interval and its
 * ASC-WDS training category (REFERENCE §3.3, §6.2). The employer can change any interval, add
 * topics, and say who needs which; those choices are kept in the book and win over this table.
 *
 * `intervalMonths: null` means no refresher: done once, or the interval is the employer's
 * choice because no source sets one (REFERENCE marks those UNVERIFIED).
 * `usual: true` marks the topics Skills for Care's core and mandatory guidance names, which a
 * new book asks of every PA until the employer says otherwise.
 */
export interface ReferenceTopic {
  /** Stable id, kept in the book's records: never rename one. */
  id: string;
  name: string;
  /** ASC-WDS bulk-upload CATEGORY (REFERENCE §6.2). */
  category: number;
  intervalMonths: number | null;
  usual: boolean;
  /** Why it is here, and where the interval comes from. */
  source: string;
}

const SFC_ANNUAL = 'Skills for Care core and mandatory training: at least annually (REFERENCE §3.3 [41])';
const SFC_3_YEARS = 'Skills for Care core and mandatory training: every 3 years (REFERENCE §3.3 [41])';
const OLIVER = 'Health and Care Act 2022 s.181; Oliver McGowan Code of Practice from 6 September 2025; refresher interval UNVERIFIED, set it yourself (REFERENCE §3.3 [43][58])';
const SEED_0 = 'Carebook\'s starting seed (000): training that helps care workers understand and respond to challenging behaviour, reduce the effects of cultural and language differences, and raise safeguarding concerns. No interval is set by any source; the ASC-WDS category is the closest in REFERENCE §6.2';

const TOPICS_2025: readonly ReferenceTopic[] = [
  // At least annually
  { id: 'moving-people', name: 'Assisting and moving people', category: 15, intervalMonths: 12, usual: true, source: `${SFC_ANNUAL}; competence assessed annually and when a new risk is introduced` },
  { id: 'basic-life-support', name: 'Basic life support', category: 7, intervalMonths: 12, usual: true, source: SFC_ANNUAL },
  { id: 'medication', name: 'Medication', category: 13, intervalMonths: 12, usual: true, source: `${SFC_ANNUAL}, including direct observation` },
  { id: 'safeguarding-adults', name: 'Safeguarding adults', category: 20, intervalMonths: 12, usual: true, source: SFC_ANNUAL },
  { id: 'safeguarding-children', name: 'Safeguarding children', category: 25, intervalMonths: 12, usual: true, source: SFC_ANNUAL },
  { id: 'fire-safety', name: 'Fire safety', category: 6, intervalMonths: 12, usual: true, source: SFC_ANNUAL },
  { id: 'positive-behaviour-support', name: 'Positive behaviour support and non-restrictive practice', category: 19, intervalMonths: 12, usual: true, source: SFC_ANNUAL },
  // Every 3 years
  { id: 'mental-capacity', name: 'Mental Capacity Act and Liberty Protection Safeguards', category: 14, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'communication', name: 'Communication', category: 28, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'dignity', name: 'Dignity', category: 22, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'person-centred-care', name: 'Person-centred care', category: 22, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'autism-awareness', name: 'Autism and condition-specific awareness', category: 32, intervalMonths: 36, usual: false, source: SFC_3_YEARS },
  { id: 'equality-diversity', name: 'Equality and diversity', category: 23, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'oral-health', name: 'Oral health', category: 44, intervalMonths: 36, usual: false, source: SFC_3_YEARS },
  { id: 'food-hygiene', name: 'Food safety and food hygiene', category: 8, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'nutrition-hydration', name: 'Nutrition and hydration', category: 16, intervalMonths: 36, usual: false, source: SFC_3_YEARS },
  { id: 'infection-control', name: 'Infection prevention and control', category: 10, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'health-safety', name: 'Health and safety', category: 9, intervalMonths: 36, usual: true, source: SFC_3_YEARS },
  { id: 'reporting-recording', name: 'Reporting and recording', category: 21, intervalMonths: 36, usual: false, source: `${SFC_3_YEARS}; ASC-WDS has no category of its own, so Other` },
  // Others REFERENCE names
  { id: 'emergency-first-aid', name: 'Emergency first aid at work', category: 7, intervalMonths: 36, usual: false, source: 'HSE: First Aid at Work and Emergency First Aid at Work certificates last 3 years; a half-day annual refresher is strongly recommended (L74 para 74) (REFERENCE §3.3 [42][74])' },
  { id: 'data-protection', name: 'Information governance and data protection', category: 26, intervalMonths: null, usual: false, source: 'Not in the Skills for Care list; the interval is your choice (REFERENCE §3.3 [74])' },
  { id: 'oliver-mcgowan-elearning', name: 'Oliver McGowan Mandatory Training: e-learning', category: 41, intervalMonths: null, usual: false, source: OLIVER },
  { id: 'oliver-mcgowan-tier-1', name: 'Oliver McGowan Mandatory Training: Tier 1', category: 42, intervalMonths: null, usual: false, source: `${OLIVER}. Tier 1 is for staff with no or occasional contact; do Tier 1 or Tier 2, not both` },
  { id: 'oliver-mcgowan-tier-2', name: 'Oliver McGowan Mandatory Training: Tier 2', category: 43, intervalMonths: null, usual: false, source: `${OLIVER}. Tier 2 is for anyone who provides or may provide care to an autistic person or a person with a learning disability` },
  { id: 'epilepsy', name: 'Epilepsy and rescue medication', category: 27, intervalMonths: null, usual: false, source: 'A clinical task in the care plan, as the PA toolkit suggests recording (REFERENCE §3.3 [4]); ask the trainer how long it lasts' },
  // From the seeds
  { id: 'challenging-behaviour', name: 'Understanding and responding to challenging behaviour', category: 19, intervalMonths: null, usual: false, source: SEED_0 },
  { id: 'cultural-language-awareness', name: 'Cultural and language awareness', category: 23, intervalMonths: null, usual: false, source: SEED_0 },
  { id: 'raising-safeguarding-concern', name: 'Raising a safeguarding concern and whistleblowing', category: 20, intervalMonths: null, usual: false, source: `${SEED_0}; see also REFERENCE §5.3` },
];

/** The topics by the date they apply from: the list as REFERENCE had it after its 2026-12-01 check. */
export const TRAINING_TOPICS: readonly Dated<readonly ReferenceTopic[]>[] = [
  { from: '2025-09-06', value: TOPICS_2025, source: 'REFERENCE §3.3 [41][42][43][74], §6.2 [58][75]' },
];

/** How many days before expiry training counts as "due soon", unless the employer chooses another. */
export const DEFAULT_DUE_WITHIN_DAYS = 60;

/** How long a new PA has to finish the Care Certificate before Home asks (REFERENCE §3.1: typically about 12 weeks [39]). */
export const CARE_CERTIFICATE_WEEKS = 12;
