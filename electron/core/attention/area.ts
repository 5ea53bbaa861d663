import type { CoreArea } from '../area.js';
import { attentionHandlers } from './handlers.js';

/** Home: what needs the employer's attention, gathered from every area's provider. */
export const attentionArea: CoreArea<keyof typeof attentionHandlers> = {
  name: 'attention',
  label: 'Home',
  handlers: attentionHandlers,
  tables: {},
};
