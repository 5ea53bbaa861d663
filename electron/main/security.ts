import { app, session, shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './rules/app-url.js';
import { isAllowedExternalUrl } from './rules/external-links.js';
import { isAllowedDownload, isRequestAllowed } from './rules/requests.js';

/** An outside link: open it in the system browser if allowlisted; never inside the app. */
function openOutside(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

function guardContents(contents: WebContents, devUrl: string | undefined): void {
  // Navigation away from our pages is refused in every frame; redirects too.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url, devUrl)) return;
    event.preventDefault();
    if (event.isMainFrame) openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, devUrl)) event.preventDefault();
  });
  // No new windows, ever; target=_blank links to allowlisted sites go to the browser.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  // We never use <webview>.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function guardSession(ses: Session, devUrl: string | undefined): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // No spellchecker: it would download dictionaries and send typed words to the OS service.
  ses.setSpellCheckerEnabled(false);
  // Only files the page makes itself may be saved (through the system Save dialog).
  ses.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL(), devUrl)) event.preventDefault();
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url, devUrl) }));
}

/** The one place the shell's security rules are set. Call once, when the app is ready. */
export function applySecurity(devUrl: string | undefined): void {
  guardSession(session.defaultSession, devUrl);
  app.on('web-contents-created', (_event, contents) => guardContents(contents, devUrl));
}
