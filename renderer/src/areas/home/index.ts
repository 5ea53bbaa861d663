/** Home's public side: how one attention item is shown, for a PA's own page. */
export { AttentionEntry } from './AttentionEntry.js';
export { byLaw, linkSuffixes, SECTION_HEADINGS } from './home-words.js';
