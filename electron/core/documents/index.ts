/** The documents area's public side: where a document belongs, and the folder of readable copies. */
export { filedUnder, linkableRecords } from './filing.js';
export { openedFolder } from './opened-folder.js';
