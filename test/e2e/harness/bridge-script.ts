/**
 * What the preload does in the app, for a page in the harness: `window.carebook` with one
 * function, forwarding to `__carebookCall` (a Playwright exposeFunction binding to the real core).
 * A string, not a function, so no transpiler helper (tsx's `__name`) leaks into the page.
 */
export const BRIDGE_SCRIPT = `
  window.carebook = Object.freeze({
    call: (method, input) => window.__carebookCall(method, input),
  });
`;
