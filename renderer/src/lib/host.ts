import { call } from './api.js';

/** Ask the host for a folder with its own dialog; null when the person cancels. */
export async function chooseFolder(title: string, defaultPath?: string): Promise<string | null> {
  const { folder } = await call('host.chooseFolder', defaultPath ? { title, defaultPath } : { title });
  return folder;
}

export async function chooseFile(title: string, defaultPath?: string): Promise<string | null> {
  const { file } = await call('host.chooseFile', defaultPath ? { title, defaultPath } : { title });
  return file;
}
