/**
 * The router: wouter 3 (see renderer/README.md for why) on our own hash location, with absolute
 * links. Pages and the ui import from here, never from wouter itself.
 */
export { navigate, usePath } from './hash-location.js';
export { focusById, Link } from './links.js';
export { HashRouter, layout, page, Pages, type RouteNode } from './routes.js';
