import { BrowserWindow, dialog } from 'electron';
import type { HostHandlers } from './rules/router.js';

interface ChooseInput {
  title: string;
  defaultPath?: string | undefined;
}

/** Methods the host answers itself: native dialogs. Inputs arrive already checked by the contract. */
export function hostHandlers(getWindow: () => BrowserWindow | null): HostHandlers {
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
  };
}
