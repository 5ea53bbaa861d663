/** The employer area's public side. */
export { readEmployer, writeEmployer, writeEmployerSection } from './store.js';
