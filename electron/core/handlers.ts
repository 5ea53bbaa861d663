import type { CoreMethodName } from '../shared/api/index.js';
import { attentionHandlers } from './attention/handlers.js';
import { bookHandlers } from './book/handlers.js';
import type { AreaHandlers } from './context.js';
import { employerHandlers } from './employer/handlers.js';
import { settingsHandlers } from './settings/handlers.js';

/**
 * Every core method's handler. The type makes a missing handler a compile error; each area
 * adds its own object here as it lands.
 */
export const HANDLERS: AreaHandlers<CoreMethodName> = {
  ...bookHandlers,
  ...settingsHandlers,
  ...employerHandlers,
  ...attentionHandlers,
};
