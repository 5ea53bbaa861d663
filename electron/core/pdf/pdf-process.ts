import type { PdfPlan } from './pdf-plan.js';
import { renderPdf } from './tagged-pdf.js';

/**
 * The PDF process (make-pdf.ts): one plan in, one PDF's bytes out, then it ends. Started by the
 * host: in the app, Electron's utilityProcess (its channel is `process.parentPort`); in plain
 * Node (tests, the bench), child_process.fork (its channel is `process.send`).
 */
type Reply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const make = (plan: PdfPlan): Promise<Reply> =>
  renderPdf(plan).then(
    (pdf): Reply => ({ ok: true, bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) }),
    (error: unknown): Reply => ({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );

interface UtilityPort {
  once(event: 'message', listener: (event: { data: PdfPlan }) => void): void;
  postMessage(message: Reply): void;
}
const utility = (process as { parentPort?: UtilityPort }).parentPort;

if (utility) utility.once('message', ({ data }) => void make(data).then((reply) => utility.postMessage(reply)));
else process.once('message', (plan: PdfPlan) => void make(plan).then((reply) => process.send?.(reply, () => process.disconnect())));
