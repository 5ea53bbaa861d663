import { isAppUrl } from './app-url.js';

export interface SenderFacts {
  /** `event.senderFrame?.url`; undefined when the frame has gone. */
  frameUrl: string | undefined;
  /** The frame is the top frame of its page (not an iframe). */
  isMainFrame: boolean;
  /** The message came from our own window's webContents. */
  isOurWindow: boolean;
  /** The dev server URL, only when running unpackaged under `electron-vite dev`. */
  devServerUrl?: string | undefined;
}

/**
 * Only our own page, in its main frame, in our window may call the core. Unlike some apps we do
 * not wave through an empty or about:blank URL: a page we did not load has nothing to ask.
 */
export function isTrustedSender(facts: SenderFacts): boolean {
  if (!facts.isOurWindow || !facts.isMainFrame || !facts.frameUrl) return false;
  return isAppUrl(facts.frameUrl, facts.devServerUrl);
}
