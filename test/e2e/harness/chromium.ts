/**
 * Debian's Chromium (Playwright cannot download its own browser here) and the flags that keep
 * it off the network: without them it tries to reach Google's hosts at every start.
 */
export const CHROMIUM_PATH = process.env.CAREBOOK_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
