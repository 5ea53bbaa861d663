import type { SecretInput } from '../../shared/api/index.js';
import { readKeyring, removeKeyringLeftovers, unwrapKey, type Keyring, type SlotKind } from './keyring.js';
import { takeCheckedMark } from './checked-mark.js';
import { OpenBook, type Migrations } from './open-book.js';

export function secretOf(input: SecretInput): { kind: SlotKind; secret: string } {
  return 'passphrase' in input
    ? { kind: 'passphrase', secret: input.passphrase }
    : { kind: 'recovery', secret: input.recoveryCode };
}

/**
 * Unwrap the data key with the passphrase or recovery code, then open and check the database
 * (unless the lock that closed it checked it and the file is as it left it: checked-mark.ts).
 */
export async function unlockBook(
  folder: string,
  input: SecretInput,
  migrations: Migrations,
  keyring: Keyring = readKeyring(folder),
): Promise<OpenBook> {
  const { kind, secret } = secretOf(input);
  const dataKey = await unwrapKey(keyring, kind, secret);
  const checkedAtLock = takeCheckedMark(folder);
  const book = await OpenBook.open(folder, dataKey, keyring, { migrations, unlockedWith: kind, checkedAtLock });
  // The keyring in use is the whole one: any temp copy a cut-short passphrase change left can go.
  removeKeyringLeftovers(folder);
  return book;
}
