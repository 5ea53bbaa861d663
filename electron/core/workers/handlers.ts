import type { AreaHandlers } from '../context.js';
import { CoreError } from '../errors.js';

// Placeholder while the area is built: every method answers "not yet".
const notYet = () => {
  throw new CoreError('internal', 'This part of Carebook is not built yet.');
};

export const workersHandlers: AreaHandlers<'workers.list' | 'workers.get' | 'workers.create' | 'workers.update' | 'workers.setStatus' | 'workers.importPreview' | 'workers.import' | 'workers.delete'> = {
  'workers.list': notYet,
  'workers.get': notYet,
  'workers.create': notYet,
  'workers.update': notYet,
  'workers.setStatus': notYet,
  'workers.importPreview': notYet,
  'workers.import': notYet,
  'workers.delete': notYet,
};
