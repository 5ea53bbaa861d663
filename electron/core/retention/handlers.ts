import type { AreaHandlers } from '../context.js';
import { CoreError } from '../errors.js';

// Placeholder while the area is built: every method answers "not yet".
const notYet = () => {
  throw new CoreError('internal', 'This part of Carebook is not built yet.');
};

export const retentionHandlers: AreaHandlers<'retention.list' | 'retention.delete'> = {
  'retention.list': notYet,
  'retention.delete': notYet,
};
