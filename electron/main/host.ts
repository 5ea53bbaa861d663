import { BrowserWindow, dialog, shell } from 'electron';
import { mayOpen } from './rules/opened-file.js';
import type { HostHandlers } from './rules/router.js';

interface ChooseInput {
  title: string;
  defaultPath?: string | undefined;
}

/** Methods the host answers itself: native dialogs. Inputs arrive already checked by the contract. */
/** `openedDir`: the core's folder of readable copies (documents.open); the only place host.openPath opens from. */
export function hostHandlers(getWindow: () => BrowserWindow | null, openedDir: string): HostHandlers {
  const open = async (input: unknown, properties: Electron.OpenDialogOptions['properties']) => {
    const { title, defaultPath } = input as ChooseInput;
    const options: Electron.OpenDialogOptions = { title, properties, ...(defaultPath ? { defaultPath } : {}) };
    const win = getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    'host.chooseFolder': async (input) => ({ folder: await open(input, ['openDirectory', 'createDirectory']) }),
    'host.chooseFile': async (input) => ({ file: await open(input, ['openFile']) }),
    'host.openPath': async (input) => {
      const { path } = input as { path: string };
      if (!mayOpen(openedDir, path)) return { opened: false };
      // shell.openPath resolves to '' on success, or an error message.
      return { opened: (await shell.openPath(path)) === '' };
    },
  };
}
