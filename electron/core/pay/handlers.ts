import { importHandlers } from './import-handlers.js';
import { costHandlers } from './cost-handlers.js';
import { periodHandlers } from './period-handlers.js';
import { rateHandlers } from './rate-handlers.js';
import { referenceHandlers } from './reference-handlers.js';
import { shiftHandlers } from './shift-handlers.js';

/** Every method of the pay area, from the files that hold them. */
export const payHandlers = { ...referenceHandlers, ...rateHandlers, ...shiftHandlers, ...periodHandlers, ...importHandlers, ...costHandlers };
