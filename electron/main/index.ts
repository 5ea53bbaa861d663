import { app, dialog, powerMonitor, type BrowserWindow } from 'electron';
import { openCore, openedFolder, type Core } from '../core/index.js';
import { devServerUrl } from './dev.js';
import { hostHandlers } from './host.js';
import { handleCalls } from './ipc.js';
import { startLocking, type Locker } from './lock.js';
import { installMenu } from './menu.js';
import { startPdfProcess } from './pdf-process.js';
import { registerAppScheme, serveAppScheme } from './protocol.js';
import { applySecurity } from './security.js';
import { createMainWindow } from './window.js';

// Lifecycle only: each concern lives in its own file.

/** Longest we wait for the lock (and its backup) before quitting anyway. */
const QUIT_LOCK_TIMEOUT_MS = 60_000;

app.enableSandbox();
registerAppScheme();

let win: BrowserWindow | null = null;
let core: Core | null = null;
let locker: Locker | null = null;
let closing: 'no' | 'locking' | 'done' = 'no';
const getWindow = () => (win && !win.isDestroyed() ? win : null);

function showWindow(): void {
  const w = getWindow();
  if (!w) return;
  if (w.isMinimized()) w.restore();
  w.show();
  w.focus();
}

/** Lock (the core takes the automatic backup) and close the book once, then really quit. */
async function lockAndClose(): Promise<void> {
  locker?.stop();
  if (!core) return;
  const c = core;
  const work = (async () => {
    await c.call('book.lock', {});
    await c.close();
  })().catch(() => undefined);
  await Promise.race([work, new Promise((resolve) => setTimeout(resolve, QUIT_LOCK_TIMEOUT_MS))]);
}

async function start(): Promise<void> {
  const devUrl = devServerUrl();
  applySecurity(devUrl);
  serveAppScheme();
  try {
    core = openCore({ dataDir: app.getPath('userData'), startPdfProcess });
  } catch (error) {
    dialog.showErrorBox(
      'Carebook could not start',
      `Carebook could not open its data folder (${app.getPath('userData')}). ` +
        'Check that the folder exists and that you can write to it, then start Carebook again.\n\n' +
        String(error instanceof Error ? error.message : error),
    );
    closing = 'done';
    app.quit();
    return;
  }
  handleCalls({ getWindow, core, host: hostHandlers(getWindow, openedFolder(app.getPath('userData'))), devUrl });
  locker = startLocking(core, getWindow, devUrl);
  installMenu({ getWindow, locker, devUrl });
  win = createMainWindow(devUrl);
  win.on('closed', () => {
    win = null;
  });
  // The OS is shutting down or logging off: quit through before-quit so the book is locked.
  powerMonitor.on('shutdown', () => app.quit());
  win.on('session-end', () => app.quit());
}

if (!app.requestSingleInstanceLock()) {
  // Two copies on one book would fight over the file: hand over to the first and leave.
  app.quit();
} else {
  app.setAppUserModelId('uk.carebook.app');
  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  // One window holds the open book; closing it ends the session on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (closing === 'done') return;
    event.preventDefault();
    if (closing === 'locking') return;
    closing = 'locking';
    void lockAndClose().finally(() => {
      closing = 'done';
      app.quit();
    });
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Carebook could not start', String(error));
    app.exit(1);
  });
}
