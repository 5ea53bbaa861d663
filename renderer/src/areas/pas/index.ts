/**
 * The public side of Your PAs, for the app and other areas: a PA's page is built from every
 * area's `pa` part by paPage(); paPath() links to it; usePa() is the PA on pages under it, usePaTabs() its tabs.
 */
export { paPage } from './pa-page.js';
export { usePa, usePaTabs } from './pa-context.js';
export { paPath } from './paths.js';
