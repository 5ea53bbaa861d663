import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY } from './rules/app-url.js';
import { initialBounds, rememberBounds } from './window-state.js';

/** The one window. Security-relevant preferences are spelled out even where they are defaults. */
export function createMainWindow(devUrl: string | undefined): BrowserWindow {
  const bounds = initialBounds();
  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Carebook',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  if (bounds.maximized) win.maximize();
  rememberBounds(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devUrl ?? APP_ENTRY);
  return win;
}
