import type { CoreArea } from '../area.js';
import { employerAttention } from './attention.js';
import { fillEmployer } from './example.js';
import { employerHandlers } from './handlers.js';
import * as m002 from './migrations/002_employer.js';

/** Who employs the PAs: their details, insurance, payroll and direct payments. */
export const employerArea: CoreArea<keyof typeof employerHandlers> = {
  name: 'employer',
  label: 'Your employer details',
  handlers: employerHandlers,
  attention: employerAttention,
  migrations: { '002_employer': m002 },
  tables: { employer: { bookWide: 'the employer: who they are, their insurance, payroll and direct payments' } },
  example: fillEmployer,
};
