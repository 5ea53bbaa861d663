import type { CHECK_KINDS, DBS_LEVELS, INTERVIEW_OUTCOMES, REFERENCE_OUTCOMES, RightToWorkMethod } from '../../../shared.js';

/** The words for each stored choice, shared by the forms (as options) and the Checks tab. */
export const RTW_METHOD_WORDS: Record<RightToWorkMethod, { label: string; hint: string }> = {
  documents: {
    label: 'I saw their original documents with them there',
    hint: 'For example, a passport. Keep a copy that cannot be changed.',
  },
  online: {
    label: 'An online check with a share code',
    hint: 'For people with an eVisa or other digital status. You need their share code and date of birth.',
  },
  'digital-id': {
    label: 'A digital identity service',
    hint: 'A certified company checks a British or Irish passport for you.',
  },
};

export const RTW_METHOD_SHORT: Record<RightToWorkMethod, string> = {
  documents: 'Original documents seen in person',
  online: 'Online check with a share code',
  'digital-id': 'Digital identity service',
};

export const DBS_LEVEL_WORDS: Record<(typeof DBS_LEVELS)[number], string> = {
  basic: 'Basic',
  standard: 'Standard',
  enhanced: 'Enhanced',
};

export const REFERENCE_OUTCOME_WORDS: Record<(typeof REFERENCE_OUTCOMES)[number], string> = {
  waiting: 'Waiting for it',
  satisfactory: 'Satisfactory',
  'not-satisfactory': 'Not satisfactory',
};

export const INTERVIEW_OUTCOME_WORDS: Record<(typeof INTERVIEW_OUTCOMES)[number], string> = {
  offer: 'Offer them the job',
  'no-offer': 'Do not offer them the job',
  undecided: 'Not decided yet',
};

export type CheckKind = (typeof CHECK_KINDS)[number];

/** "right-to-work check", used in "Delete this …?" and in messages. */
export const CHECK_KIND_WORDS: Record<CheckKind, string> = {
  'right-to-work': 'right-to-work check',
  dbs: 'DBS check',
  reference: 'reference',
  interview: 'interview',
  'dbs-status': 'DBS status check',
};
