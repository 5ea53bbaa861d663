import type { AreaHandlers } from '../context.js';
import { CoreError } from '../errors.js';

// Placeholder while the area is built: every method answers "not yet".
const notYet = () => {
  throw new CoreError('internal', 'This part of Carebook is not built yet.');
};

export const checksHandlers: AreaHandlers<'checks.get' | 'checks.saveRightToWork' | 'checks.saveDbs' | 'checks.addDbsStatusCheck' | 'checks.saveReference' | 'checks.saveInterview' | 'checks.delete'> = {
  'checks.get': notYet,
  'checks.saveRightToWork': notYet,
  'checks.saveDbs': notYet,
  'checks.addDbsStatusCheck': notYet,
  'checks.saveReference': notYet,
  'checks.saveInterview': notYet,
  'checks.delete': notYet,
};
