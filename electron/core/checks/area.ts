import type { CoreArea } from '../area.js';
import { longestServing } from '../workers/index.js';
import { checksAttention } from './attention.js';
import { fillChecks } from './example.js';
import { checksHandlers } from './handlers.js';

/** Safe recruitment: right to work, DBS (with status checks), references and the interview. */
export const checksArea: CoreArea<keyof typeof checksHandlers> = {
  name: 'checks',
  label: 'Checks',
  handlers: checksHandlers,
  attention: checksAttention,
  // Its tables were made by 004_people (workers), before areas had manifests.
  tables: {
    rightToWorkCheck: { kind: 'right-to-work' },
    dbsCheck: { kind: 'recruitment' },
    dbsStatusCheck: { partOf: 'dbsCheck' },
    workerReference: { kind: 'recruitment' },
    interview: { kind: 'recruitment' },
  },
  recordKinds: {
    'right-to-work': 'Right-to-work checks and copies',
    recruitment: 'DBS checks, references and interview notes',
  },
  documents: {
    linkTo: ['rightToWorkCheck', 'dbsCheck', 'workerReference', 'interview'],
    kinds: { 'right-to-work': 'right-to-work', dbs: 'recruitment', reference: 'recruitment', interview: 'recruitment' },
  },
  example: fillChecks,
  benchInputs: async (ctx) => ({ 'checks.get': { workerId: (await longestServing(ctx.db())).id } }),
};
