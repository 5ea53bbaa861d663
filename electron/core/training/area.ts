import type { CoreArea } from '../area.js';
import { longestServing } from '../workers/index.js';
import { trainingAttention } from './attention.js';
import { fillTraining } from './example.js';
import { trainingHandlers } from './handlers.js';
import { trainingReportHandlers } from './report-handlers.js';
import * as tables from './migrations/2026-12-02-0530_training_tables.js';
import * as excusals from './migrations/2026-12-02-1011_training_pa_excusals.js';

const handlers = { ...trainingHandlers, ...trainingReportHandlers };

/** Training: topics and who needs them, each PA's records, Care Certificate and qualifications, the matrix, the plan, funding and ASC-WDS. */
export const trainingArea: CoreArea<keyof typeof handlers> = {
  name: 'training',
  label: 'Training',
  handlers,
  attention: trainingAttention,
  migrations: { '2026-12-02-0530_training_tables': tables, '2026-12-02-1011_training_pa_excusals': excusals },
  tables: {
    trainingOwnTopic: { bookWide: 'the training topics the employer added or changed' },
    trainingRoleRequirement: { bookWide: 'which topics each job role needs' },
    trainingSetting: { bookWide: 'the training settings: the ASC-WDS workplace ID and how soon counts as due' },
    trainingPaRequirement: { kind: 'training' },
    trainingPaExcusal: { kind: 'training' },
    trainingProfile: { kind: 'training' },
    trainingRecord: { kind: 'training' },
    careCertificateStandard: { kind: 'training' },
    trainingQualification: { kind: 'training' },
    trainingPlan: { kind: 'training' },
  },
  recordKinds: { training: 'Training records, certificates, the Care Certificate and qualifications' },
  // Certificates are documents filed against the training record they prove.
  documents: { linkTo: ['trainingRecord'] },
  example: fillTraining,
  benchInputs: async (ctx) => {
    const pa = await longestServing(ctx.db());
    return {
      'training.get': { workerId: pa.id },
      'training.matrix': { show: 'all' },
      'training.matrixCsv': { show: 'all' },
      'training.plan': { days: 90 },
      'training.ascWdsExport': { file: 'training' },
    };
  },
};
