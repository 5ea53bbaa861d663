import type { Context } from '../../electron/core/area.js';
import { REGISTRY } from '../../electron/core/areas.js';
import { unlockBook } from '../../electron/core/book/unlock.js';
import { api, HOST_PREFIX, isWrite, type CoreMethodName } from '../../electron/shared/api/index.js';
import { PASSPHRASE } from './large-book.js';

/**
 * Which API methods the bench times: every core method the contract marks as a read
 * (`method(schema).reads<…>()`), so a new read is timed as soon as it lands; nothing is
 * guessed from its name. Each area gives the inputs for its reads from the large book in its
 * manifest (`benchInputs`); a read with no input there is called with none, and if that is
 * refused its row says MISS.
 */
export function apiMethods(): { reads: CoreMethodName[]; writes: CoreMethodName[] } {
  const core = Object.keys(api).filter((name) => !name.startsWith(HOST_PREFIX)) as CoreMethodName[];
  return { reads: core.filter((m) => !isWrite(m)), writes: core.filter((m) => isWrite(m)) };
}

/** Every area's inputs for its reads, read from the large book (opened directly, then closed). */
export async function sampleInputs(bookFolder: string): Promise<Partial<Record<CoreMethodName, unknown>>> {
  const book = await unlockBook(bookFolder, { passphrase: PASSPHRASE }, REGISTRY.migrations);
  try {
    const ctx = { db: () => book.db, book: () => book, registry: REGISTRY } as unknown as Context;
    const inputs: Partial<Record<CoreMethodName, unknown>> = {};
    for (const area of REGISTRY.areas) Object.assign(inputs, await area.benchInputs?.(ctx));
    return inputs;
  } finally {
    book.close();
  }
}
