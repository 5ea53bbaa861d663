import { utilityProcess } from 'electron';
import type { StartPdfProcess } from '../core/index.js';

/**
 * PDFs are laid out in a short process of their own (electron/core/pdf/make-pdf.ts says why). In
 * the app that is one of Chromium's utility processes: Node's own fork would need Electron to run
 * as plain Node, which the runAsNode fuse forbids. No window, no network of its own, and it ends
 * as soon as its file is made.
 */
export const startPdfProcess: StartPdfProcess = (script, execArgv) => {
  const child = utilityProcess.fork(script, [], { execArgv, serviceName: 'Carebook PDF', stdio: 'ignore' });
  return {
    send: (plan) => child.postMessage(plan),
    onMessage: (listener) => child.once('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => void child.kill(),
  };
};
