import type { CoreArea } from '../area.js';
import { longestServing } from '../workers/index.js';
import { contractsAttention } from './attention.js';
import { fillContracts } from './example.js';
import { contractsHandlers } from './handlers.js';
import { readVersions } from './store.js';

/** The written statement: versioned terms, the rules beside them, and the statement as a PDF. */
export const contractsArea: CoreArea<keyof typeof contractsHandlers> = {
  name: 'contracts',
  label: 'Contract',
  handlers: contractsHandlers,
  attention: contractsAttention,
  // Its table was made by 004_people (workers), before areas had manifests.
  tables: { contractVersion: { kind: 'contracts' } },
  recordKinds: { contracts: 'Contracts and signed statements' },
  documents: { linkTo: ['contractVersion'], kinds: { 'signed-statement': 'contracts' } },
  example: fillContracts,
  benchInputs: async (ctx) => {
    const pa = await longestServing(ctx.db());
    const [newest] = await readVersions(ctx.db(), pa.id);
    if (!newest) throw new Error('The longest-serving PA in the large book has no contract');
    return { 'contracts.get': { workerId: pa.id }, 'contracts.statement': { versionId: newest.id } };
  },
};
