import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { APP_ENTRY, hashRouteUrl } from './rules/app-url.js';
import type { Locker } from './lock.js';

/**
 * The preload exposes only `call`, so the menu never messages the page: book actions go to the
 * core (lock), and the rest navigates the page to a hash route that the renderer's router shows.
 */
export function installMenu(opts: { getWindow: () => BrowserWindow | null; locker: Locker; devUrl: string | undefined }): void {
  const { getWindow, locker, devUrl } = opts;
  const go = (route: string) => () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    void win.loadURL(hashRouteUrl(win.webContents.getURL(), route, devUrl ?? APP_ENTRY, devUrl));
    win.show();
  };
  const zoom = (step: number | null) => () => {
    const contents = getWindow()?.webContents;
    if (!contents) return;
    // Page zoom is the quickest bigger/smaller; Settings has the lasting text size.
    contents.setZoomLevel(step === null ? 0 : Math.max(-2, Math.min(5, contents.getZoomLevel() + step)));
  };
  const isMac = process.platform === 'darwin';

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Lock book', accelerator: 'CmdOrCtrl+L', click: () => void locker.lock() },
        { label: 'Back up now…', click: go('#/backups') },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: go('#/settings') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit Carebook', accelerator: 'Ctrl+Q' },
      ],
    },
    // Without the Edit roles, copy and paste shortcuts do not work in text boxes on macOS.
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Bigger text', accelerator: 'CmdOrCtrl+=', click: zoom(0.5) },
        { label: 'Bigger text', accelerator: 'CmdOrCtrl+Plus', click: zoom(0.5), visible: false },
        { label: 'Smaller text', accelerator: 'CmdOrCtrl+-', click: zoom(-0.5) },
        { label: 'Normal text size', accelerator: 'CmdOrCtrl+0', click: zoom(null) },
        ...(app.isPackaged
          ? []
          : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'Carebook help', accelerator: 'F1', click: go('#/help') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
