// Child for the bench's backup-memory row (backup-memory.ts): the built core (out/main/core.js)
// in plain Node 24. Plain JavaScript on purpose.
//
//   grow <bundle> <dataDir> <passphrase> <workerId> <factor>: add documents (incompressible PDFs
//        of 16 MB) until the book is <factor> times its size, then lock (checkpointing the WAL).
//   backup <bundle> <dataDir> <passphrase> <folder>: unlock, back up once, and print the book's
//        size, the backup's, and the process's RSS before and at its peak while backing up.
import { randomBytes } from 'node:crypto';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const [mode, bundle, dataDir, passphrase, arg, factor] = process.argv.slice(2);
const { openCore } = await import(pathToFileURL(bundle).href);
const core = openCore({ dataDir });
const must = async (method, input) => {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
};
const { folder } = await must('book.unlock', { passphrase });
const dbBytes = () => statSync(join(folder, 'carebook.db')).size;
if (mode === 'grow') {
  const target = dbBytes() * Number(factor);
  const file = join(dataDir, 'filler.pdf');
  let added = 0;
  for (let i = 0; dbBytes() + added < target; i++) {
    const body = randomBytes(16 * 1024 * 1024 - 64);
    writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), body, Buffer.from('\n%%EOF\n')]));
    await must('documents.add', { workerId: arg, path: file, kind: 'other', label: `Filler ${i + 1}` });
    added += body.length;
  }
  rmSync(file);
  await must('book.lock', {});
  process.stdout.write(JSON.stringify({ dbBytes: dbBytes() }));
} else {
  // Unlocking's key derivation briefly takes 128 MB of its own, so the peak is sampled only
  // while the backup runs: from a worker thread, which keeps sampling while the backup's
  // synchronous work holds the main thread.
  const sampler = new Worker(
    `const { parentPort } = require('node:worker_threads'); let peak = 0; const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
     parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(Math.max(peak, process.memoryUsage.rss())); });`,
    { eval: true },
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = process.memoryUsage.rss();
  const backup = await must('book.backup', { folder: arg });
  const peak = await new Promise((resolve) => {
    sampler.once('message', resolve);
    sampler.postMessage('stop');
  });
  await sampler.terminate();
  await core.close();
  process.stdout.write(JSON.stringify({ dbBytes: dbBytes(), backupBytes: backup.bytes, before, peak }));
}
