// Placeholder while the core is written; see electron/core/core.ts.
export { openCore } from './core.js';
export type { Core, CoreOptions } from './core.js';
export { IDLE_MS } from './idle-memory.js';
export type { PdfProcess, StartPdfProcess } from './pdf/make-pdf.js';
export { openedFolder } from './documents/opened-folder.js';
