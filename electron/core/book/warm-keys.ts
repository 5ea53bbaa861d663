import { api } from '../../shared/api/index.js';
import type { Context } from '../area.js';
import { openBackup } from './backup-file.js';
import { holdsBook } from './folders.js';
import { readKeyring, unwrapAhead } from './keyring.js';
import { secretOf } from './unlock.js';

/**
 * Key derivation takes most of a second (longer for a backup made with stronger settings), and
 * the core runs one call at a time. So for the calls that unwrap a key, the core derives it
 * here first, outside its queue, changing nothing; the call then finds the key ready. While a
 * restore or an unlock is deriving, status, lock and every other call still answer at once.
 *
 * Only reads: the keyring in the current folder, a backup's header, the open book's keyring.
 * If anything differs by the time the call itself runs, it simply derives again in the queue.
 * Never throws (the call itself reports any problem).
 */
export async function warmKeys(ctx: Context, method: string, input: unknown): Promise<void> {
  try {
    if (method === 'book.unlock') {
      const parsed = api['book.unlock'].input.safeParse(input);
      if (!parsed.success || ctx.current()) return;
      const folder = ctx.config.read().bookFolder;
      if (!holdsBook(folder)) return;
      const { kind, secret } = secretOf(parsed.data);
      await unwrapAhead(readKeyring(folder), kind, secret);
    } else if (method === 'book.restore') {
      const parsed = api['book.restore'].input.safeParse(input);
      if (!parsed.success) return;
      const opened = openBackup(parsed.data.file);
      opened.close();
      const { kind, secret } = secretOf(parsed.data.secret);
      await unwrapAhead(opened.manifest.keyring, kind, secret);
    } else if (method === 'book.changePassphrase') {
      const parsed = api['book.changePassphrase'].input.safeParse(input);
      const book = ctx.current();
      if (!parsed.success || !book || book.unlockedWith !== 'passphrase' || !parsed.data.current) return;
      await unwrapAhead(book.keyring, 'passphrase', parsed.data.current);
    }
  } catch {
    // The call itself, in the queue, says what is wrong.
  }
}
