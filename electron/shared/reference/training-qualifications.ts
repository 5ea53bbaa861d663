/**
 * Qualifications a PA may work towards or hold (REFERENCE §3.2, §6.3), with the ASC-WDS
 * bulk-upload code where REFERENCE confirms one. The Diplomas in Adult Care have no confirmed
 * code (the full table is in ASC-WDS's database, not its repository: UNVERIFIED), so the
 * employer types the code from ASC-WDS before exporting them.
 */
export interface ReferenceQualification {
  id: string;
  name: string;
  /** Apprenticeship, Award, Certificate, Degree, Diploma, Other (REFERENCE §6.3). */
  group: 'Apprenticeship' | 'Award' | 'Certificate' | 'Degree' | 'Diploma' | 'Other';
  level: number | null;
  /** ASC-WDS QUALACH code, or null when REFERENCE does not confirm it. */
  code: number | null;
  /** Counts as a qualification in social care (SCQUAL) rather than another (NONSCQUAL). */
  socialCare: boolean;
  source: string;
}

const NEW_QUALS = 'REFERENCE §6.3 [58] (20240903124901-addNewQuals.js)';
const APPRENTICESHIPS = 'REFERENCE §6.3 [58] (reference/qualifications.js)';
const DIPLOMA = 'REFERENCE §6.3 [58]: code not in the repository (UNVERIFIED)';

export const QUALIFICATIONS: readonly ReferenceQualification[] = [
  { id: 'l2-asc-certificate', name: 'Level 2 Adult Social Care Certificate', group: 'Certificate', level: 2, code: 158, socialCare: true, source: `REFERENCE §3.2 [40], ${NEW_QUALS}` },
  { id: 'diploma-adult-care-2', name: 'Level 2 Diploma in Adult Care', group: 'Diploma', level: 2, code: null, socialCare: true, source: DIPLOMA },
  { id: 'diploma-adult-care-3', name: 'Level 3 Diploma in Adult Care', group: 'Diploma', level: 3, code: null, socialCare: true, source: DIPLOMA },
  { id: 'diploma-adult-care-4', name: 'Level 4 Diploma in Adult Care', group: 'Diploma', level: 4, code: null, socialCare: true, source: DIPLOMA },
  { id: 'diploma-leadership-5', name: 'Level 5 Diploma in Leadership and Management for Adult Care', group: 'Diploma', level: 5, code: null, socialCare: true, source: DIPLOMA },
  { id: 'digital-leadership-5', name: 'Understanding Digital Leadership in Adult Social Care', group: 'Award', level: 5, code: 159, socialCare: true, source: 'REFERENCE §6.3 [58] (June 2025)' },
  { id: 'epilepsy', name: 'Epilepsy', group: 'Other', level: null, code: 145, socialCare: true, source: NEW_QUALS },
  { id: 'taqa-assessment', name: 'TAQA assessment', group: 'Other', level: null, code: 146, socialCare: false, source: NEW_QUALS },
  { id: 'taqa-iqa', name: 'TAQA internal quality assurance', group: 'Other', level: null, code: 147, socialCare: false, source: NEW_QUALS },
  { id: 'falls-prevention', name: 'Falls prevention', group: 'Other', level: null, code: 148, socialCare: true, source: NEW_QUALS },
  { id: 'nutrition', name: 'Nutrition', group: 'Other', level: null, code: 149, socialCare: true, source: NEW_QUALS },
  { id: 'oral-health', name: 'Oral health', group: 'Other', level: null, code: 150, socialCare: true, source: NEW_QUALS },
  { id: 'ot-degree', name: 'Occupational therapy degree', group: 'Degree', level: 6, code: 151, socialCare: false, source: NEW_QUALS },
  { id: 'physiotherapy-degree', name: 'Physiotherapy degree', group: 'Degree', level: 6, code: 152, socialCare: false, source: NEW_QUALS },
  { id: 'nursing-degree', name: 'Any nursing degree', group: 'Degree', level: 6, code: 153, socialCare: false, source: NEW_QUALS },
  { id: 'functional-english-1', name: 'Functional skills English, Level 1', group: 'Other', level: 1, code: 154, socialCare: false, source: NEW_QUALS },
  { id: 'functional-english-2', name: 'Functional skills English, Level 2', group: 'Other', level: 2, code: 155, socialCare: false, source: NEW_QUALS },
  { id: 'functional-maths-1', name: 'Functional skills maths, Level 1', group: 'Other', level: 1, code: 156, socialCare: false, source: NEW_QUALS },
  { id: 'functional-maths-2', name: 'Functional skills maths, Level 2', group: 'Other', level: 2, code: 157, socialCare: false, source: NEW_QUALS },
  { id: 'apprenticeship-adult-care-worker', name: 'Adult care worker apprenticeship (standard)', group: 'Apprenticeship', level: 2, code: 302, socialCare: true, source: APPRENTICESHIPS },
  { id: 'apprenticeship-lead-adult-care-worker', name: 'Lead adult care worker apprenticeship (standard)', group: 'Apprenticeship', level: 3, code: 304, socialCare: true, source: APPRENTICESHIPS },
  { id: 'apprenticeship-lead-practitioner', name: 'Lead practitioner in adult care apprenticeship (standard)', group: 'Apprenticeship', level: 4, code: 305, socialCare: true, source: APPRENTICESHIPS },
  { id: 'apprenticeship-leader', name: 'Leader in adult care apprenticeship (standard)', group: 'Apprenticeship', level: 5, code: 307, socialCare: true, source: APPRENTICESHIPS },
  { id: 'apprenticeship-other', name: 'Other apprenticeship framework or standard', group: 'Apprenticeship', level: null, code: 311, socialCare: false, source: APPRENTICESHIPS },
];

export const QUALIFICATION_STATUSES = ['working-towards', 'achieved'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];

export const findQualification = (id: string) => QUALIFICATIONS.find((q) => q.id === id);
