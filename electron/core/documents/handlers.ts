import type { AreaHandlers } from '../context.js';
import { CoreError } from '../errors.js';

// Placeholder while the area is built: every method answers "not yet".
const notYet = () => {
  throw new CoreError('internal', 'This part of Carebook is not built yet.');
};

export const documentsHandlers: AreaHandlers<'documents.list' | 'documents.add' | 'documents.open' | 'documents.rename' | 'documents.delete'> = {
  'documents.list': notYet,
  'documents.add': notYet,
  'documents.open': notYet,
  'documents.rename': notYet,
  'documents.delete': notYet,
};
