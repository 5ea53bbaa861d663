import type { AreaHandlers } from '../context.js';
import { CoreError } from '../errors.js';

// Placeholder while the area is built: every method answers "not yet".
const notYet = () => {
  throw new CoreError('internal', 'This part of Carebook is not built yet.');
};

export const contractsHandlers: AreaHandlers<'contracts.get' | 'contracts.save' | 'contracts.recordIssued' | 'contracts.recordAgreement' | 'contracts.statement'> = {
  'contracts.get': notYet,
  'contracts.save': notYet,
  'contracts.recordIssued': notYet,
  'contracts.recordAgreement': notYet,
  'contracts.statement': notYet,
};
