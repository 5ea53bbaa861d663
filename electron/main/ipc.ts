import { BrowserWindow, ipcMain } from 'electron';
import { CALL_CHANNEL } from '../shared/bridge.js';
import type { Result } from '../shared/api/index.js';
import { ChosenFiles } from '../shared/chosen-files.js';
import { routeCall, type CallTarget, type HostHandlers } from './rules/router.js';
import { isTrustedSender } from './rules/trusted-sender.js';

const refused: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'Carebook refused a request that did not come from its own window.' },
};

/** The one IPC channel: `window.carebook.call(method, input)` from our own page only. */
export function handleCalls(opts: {
  getWindow: () => BrowserWindow | null;
  core: CallTarget;
  host: HostHandlers;
  devUrl: string | undefined;
}): void {
  // Paths the file dialog returned this session: documents.add reads only those.
  const chosen = new ChosenFiles();
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown) => {
    const win = opts.getWindow();
    const frame = event.senderFrame; // null once the frame has navigated away or gone
    const main = win?.webContents.mainFrame;
    // Compare ids, not wrapper objects: the same frame may come back as a different JS object.
    const trusted = isTrustedSender({
      frameUrl: frame?.url,
      isMainFrame:
        !!frame && !!main && frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
      isOurWindow: !!win && event.sender.id === win.webContents.id,
      devServerUrl: opts.devUrl,
    });
    if (!trusted) return refused;
    return routeCall(method, input, opts.host, opts.core, chosen);
  });
}
