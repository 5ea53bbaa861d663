import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { chooseBounds, parseWindowState, type WindowState } from './rules/window-bounds.js';

// Only the window's place on screen; nothing about the book is ever written here.
const file = () => join(app.getPath('userData'), 'window-state.json');

/** Where to open the window now, given what was saved and the displays attached today. */
export function initialBounds(): WindowState {
  let saved: WindowState | null = null;
  try {
    saved = parseWindowState(JSON.parse(readFileSync(file(), 'utf8')));
  } catch {
    // First run, or a damaged file: use the defaults.
  }
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return chooseBounds(saved, [primary, ...others].map((d) => d.workArea));
}

/** Remember the window's normal (unmaximised) bounds when it closes. */
export function rememberBounds(win: BrowserWindow): void {
  win.on('close', () => {
    const state: WindowState = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(`${file()}.tmp`, JSON.stringify(state));
      renameSync(`${file()}.tmp`, file());
    } catch {
      // Not worth bothering the user about: the window opens in the default place next time.
    }
  });
}
