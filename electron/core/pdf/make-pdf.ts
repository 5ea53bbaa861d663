import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPdf, type PdfMetadata, type PdfPlan, type PdfWriter } from './pdf-plan.js';

export type { PdfMetadata, PdfTable, PdfWriter } from './pdf-plan.js';

/**
 * Every PDF Carebook makes (the written statement, a timesheet, the training matrix): the author
 * draws, the drawing is written down as a plan (pdf-plan.ts), and pdfkit lays it out in a short
 * process of its own (pdf-process.ts) that ends with the file. Why a process: in the core's own
 * process pdfkit's churn made V8 grow its young generation to 128 MB and keep it, ten training
 * matrices took the core from 97 MB to 357 MB, and even in a worker thread about 60 MB of native
 * memory stayed behind (bench, 2 December 2026). A process gives all of it back when it ends.
 */
export async function taggedPdf(meta: PdfMetadata, draw: (pdf: PdfWriter) => void): Promise<Buffer> {
  const plan = planPdf(meta, draw);
  const script = pdfProcessScript();
  if (script) {
    const made = await inProcess(script, plan);
    if (made.ok) return made.pdf;
    if (made.started) throw new Error(`The PDF process could not lay out the file: ${made.message}`);
    // It could not start (a packaged app that cannot run it): make the file here instead.
  }
  return (await import('./tagged-pdf.js')).renderPdf(plan);
}

/** A process that makes one PDF: what the host gives the core (Electron's utilityProcess in the app). */
export interface PdfProcess {
  send(plan: PdfPlan): void;
  onMessage(listener: (reply: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}
export type StartPdfProcess = (script: string, execArgv: string[]) => PdfProcess;

/** Plain Node: a child of this Node. Not in the app: its fuses refuse to run Electron as Node. */
const forkNode: StartPdfProcess = (script, execArgv) => {
  const child = fork(script, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  return {
    send: (plan) => child.send(plan),
    onMessage: (listener) => child.once('message', listener),
    onExit: (listener) => {
      child.once('exit', listener);
      child.once('error', () => listener(null));
    },
    kill: () => child.kill(),
  };
};

let start: StartPdfProcess = forkNode;

/** The host says how to start a process (core.ts passes CoreOptions.startPdfProcess). */
export function usePdfProcess(starter: StartPdfProcess | undefined): void {
  start = starter ?? forkNode;
}

/** The script beside this code: built (`out/main/pdf-process.js`) or, in tests, the source through tsx. */
export function pdfProcessScript(): { file: string; execArgv: string[] } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, 'pdf-process.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  const source = join(here, 'pdf-process.ts');
  if (existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  return null;
}

/** Longer than any PDF takes; a process that hangs is ended rather than waited on for ever. */
const TIMEOUT_MS = 60_000;

type Made = { ok: true; pdf: Buffer } | { ok: false; started: boolean; message: string };

function inProcess({ file, execArgv }: { file: string; execArgv: string[] }, plan: PdfPlan): Promise<Made> {
  return new Promise((resolve) => {
    let child: PdfProcess;
    let done = false;
    const finish = (made: Made) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill();
      resolve(made);
    };
    const timer = setTimeout(() => finish({ ok: false, started: true, message: 'it took more than a minute' }), TIMEOUT_MS);
    try {
      child = start(file, execArgv);
    } catch (error) {
      clearTimeout(timer);
      resolve({ ok: false, started: false, message: String(error) });
      return;
    }
    child.onMessage((reply) => {
      const r = reply as { ok: true; bytes: Uint8Array } | { ok: false; message: string };
      finish(r.ok ? { ok: true, pdf: Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) } : { ok: false, started: true, message: r.message });
    });
    child.onExit((code) => finish({ ok: false, started: false, message: `it ended (${code}) before it answered` }));
    child.send(plan);
  });
}
