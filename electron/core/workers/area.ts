import type { CoreArea } from '../area.js';
import { workersAttention } from './attention.js';
import { exampleImportCsv, fillWorkers } from './example.js';
import { workersHandlers } from './handlers.js';
import * as m004 from './migrations/004_people.js';
import { longestServing } from './store.js';

/** Your PAs: the people themselves, where they stand, and importing them from a spreadsheet. */
export const workersArea: CoreArea<keyof typeof workersHandlers> = {
  name: 'workers',
  label: 'Details',
  handlers: workersHandlers,
  attention: workersAttention,
  // Written before areas had manifests: it also made the tables of checks, contracts and documents.
  migrations: { '004_people': m004 },
  tables: { worker: { kind: 'personnel-file', by: 'id' } },
  recordKinds: {
    'personnel-file': 'Their personal details and any other records',
    applicant: 'Everything about their application',
  },
  example: fillWorkers,
  benchInputs: async (ctx) => {
    const pa = await longestServing(ctx.db());
    return {
      'workers.get': { id: pa.id },
      'workers.list': { search: pa.fullName.split(' ')[0], show: 'all' },
      'workers.importPreview': { csv: await exampleImportCsv(ctx.db()) },
    };
  },
};
