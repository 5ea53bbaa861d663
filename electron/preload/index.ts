import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, type CarebookBridge } from '../shared/bridge.js';

// The whole surface the page can reach: one function on one channel. Never expose ipcRenderer.
const bridge: CarebookBridge = {
  async call(method, input) {
    try {
      return await ipcRenderer.invoke(CALL_CHANNEL, method, input);
    } catch {
      // e.g. input that cannot be cloned (a function, a DOM node): still answer with a Result.
      return { ok: false, error: { code: 'internal', message: 'Carebook could not send that request. Try again.' } };
    }
  },
};

contextBridge.exposeInMainWorld('carebook', bridge);
