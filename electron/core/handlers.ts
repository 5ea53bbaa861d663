import type { CoreMethodName } from '../shared/api/index.js';
import { attentionHandlers } from './attention/handlers.js';
import { bookHandlers } from './book/handlers.js';
import type { AreaHandlers } from './context.js';
import { employerHandlers } from './employer/handlers.js';
import { settingsHandlers } from './settings/handlers.js';
import { workersHandlers } from './workers/handlers.js';
import { checksHandlers } from './checks/handlers.js';
import { contractsHandlers } from './contracts/handlers.js';
import { documentsHandlers } from './documents/handlers.js';
import { retentionHandlers } from './retention/handlers.js';

/**
 * Every core method's handler. The type makes a missing handler a compile error; each area
 * adds its own object here as it lands.
 */
export const HANDLERS: AreaHandlers<CoreMethodName> = {
  ...bookHandlers,
  ...settingsHandlers,
  ...employerHandlers,
  ...attentionHandlers,
  ...workersHandlers,
  ...checksHandlers,
  ...contractsHandlers,
  ...documentsHandlers,
  ...retentionHandlers,
};
