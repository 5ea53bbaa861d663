// The core as it ships: the built bundle (out/main/core.js) in plain Node 24, no tsx, no test
// code. Unlocks the large book, runs every read method 10 times (a long working session: ten
// statements made, ten documents opened, Home loaded ten times), then 190 times more (a stress
// far beyond any session), with the inputs it is given (JSON on argv), and prints its memory
// after garbage collection at each point: straight after the work, and after the session once
// the core has been idle long enough to give V8's spare memory back (idle-memory.ts), as it
// does in the app. Plain JavaScript on purpose.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, dataDir, inputsFile, passphrase] = process.argv.slice(2);
const { openCore, IDLE_MS } = await import(pathToFileURL(bundle).href);
const { reads, inputs } = JSON.parse(readFileSync(inputsFile, 'utf8'));
const core = openCore({ dataDir });
const must = async (method, input) => {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
};
await must('book.unlock', { passphrase });
const memory = () => {
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
};
const atUnlock = memory();
const runAll = async (times) => {
  for (const method of reads) for (let i = 0; i < times; i++) await must(method, inputs[method] ?? {});
};
const idle = () => new Promise((resolve) => setTimeout(resolve, IDLE_MS + 1000));
await runAll(10);
const afterSession = memory();
await idle();
const afterSessionIdle = memory();
await runAll(190);
const afterStress = memory();
await idle();
const afterStressIdle = memory();
await core.close();
process.stdout.write(JSON.stringify({ atUnlock, afterSession, afterSessionIdle, afterStress, afterStressIdle }));
