import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { closeSync, existsSync, readdirSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CoreError, damaged } from '../errors.js';
import { isTempNameFor, KEYRING_FILE, keyringPath, openRegularFile, writeFileAtomic } from './files.js';
import { deriveAhead, deriveKey, kdfParamsSchema, newKdfParams, type KdfParams } from './kdf.js';
import { normaliseRecoveryCode } from './recovery-code.js';

/**
 * The keyring holds the database's random data key, wrapped (AES-256-GCM) once per slot:
 * a passphrase slot and a recovery-code slot. Changing the passphrase rewraps the key;
 * the database itself is never re-encrypted.
 */

/** The cipher every book uses. Pinned here and checked whenever a book is opened. */
export const CIPHER = { scheme: 'sqlcipher', legacy: 4 } as const;

export type SlotKind = 'passphrase' | 'recovery';

/** AES-256-GCM's sizes: a 12-byte IV, a 16-byte tag; the data key is 32 bytes. */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);
const slotSchema = z
  .object({
    kind: z.enum(['passphrase', 'recovery']),
    kdf: kdfParamsSchema,
    iv: b64,
    tag: b64,
    wrappedKey: b64,
  })
  .strict();
type Slot = z.infer<typeof slotSchema>;

export const keyringSchema = z
  .object({
    format: z.literal('carebook-keyring'),
    version: z.literal(1),
    bookId: z.string().uuid(),
    createdAt: z.string(),
    cipher: z.object({ scheme: z.string(), legacy: z.number() }).strict(),
    slots: z.array(slotSchema).min(1),
  })
  .strict();
export type Keyring = z.infer<typeof keyringSchema>;

/** Binds each wrapped key to its book and slot, so slots cannot be swapped between books. */
const aad = (bookId: string, kind: SlotKind) => Buffer.from(`carebook-keyring|1|${bookId}|${kind}`, 'utf8');

const secretFor = (kind: SlotKind, secret: string) => (kind === 'recovery' ? normaliseRecoveryCode(secret) : secret);

async function wrap(bookId: string, kind: SlotKind, secret: string, dataKey: Buffer, kdf: KdfParams): Promise<Slot> {
  const wrappingKey = await deriveKey(secretFor(kind, secret), kdf);
  try {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
    cipher.setAAD(aad(bookId, kind));
    const wrappedKey = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      kind,
      kdf,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      wrappedKey: wrappedKey.toString('base64'),
    };
  } finally {
    wrappingKey.fill(0);
  }
}

export async function newKeyring(dataKey: Buffer, passphrase: string, recoveryCode: string): Promise<Keyring> {
  const bookId = randomUUID();
  // Both derivations run at once on the thread pool.
  const slots = await Promise.all([
    wrap(bookId, 'passphrase', passphrase, dataKey, newKdfParams()),
    wrap(bookId, 'recovery', recoveryCode, dataKey, newKdfParams()),
  ]);
  return { format: 'carebook-keyring', version: 1, bookId, createdAt: new Date().toISOString(), cipher: { ...CIPHER }, slots };
}

/** Unwrap the data key with a secret. A wrong secret fails GCM's check and changes nothing. */
export async function unwrapKey(keyring: Keyring, kind: SlotKind, secret: string): Promise<Buffer> {
  const slot = keyring.slots.find((s) => s.kind === kind);
  if (!slot) throw damaged(`Your book's key file has no ${kind === 'recovery' ? 'recovery code' : 'passphrase'} in it.`);
  const wrappingKey = await deriveKey(secretFor(kind, secret), slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.iv, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(keyring.bookId, kind));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(slot.wrappedKey, 'base64')), decipher.final()]);
  } catch {
    throw kind === 'recovery'
      ? new CoreError(
          'wrong_secret',
          'That recovery code is not right. Check each group of letters and numbers against your printed copy and try again.',
          { recoveryCode: 'The recovery code is not right' },
        )
      : new CoreError(
          'wrong_secret',
          'That passphrase is not right. Check that Caps Lock is off and try again. If you have forgotten it, use your recovery code.',
          { passphrase: 'The passphrase is not right' },
        );
  } finally {
    wrappingKey.fill(0);
  }
}

/** Start deriving the wrapping key `unwrapKey(keyring, kind, secret)` will need (see warm-keys.ts). */
export async function unwrapAhead(keyring: Keyring, kind: SlotKind, secret: string): Promise<void> {
  const slot = keyring.slots.find((s) => s.kind === kind);
  if (slot) await deriveAhead(secretFor(kind, secret), slot.kdf);
}

/** Replace the passphrase slot with one for `next`; the data key, and so the database, stays the same. */
export async function rewrapPassphrase(keyring: Keyring, dataKey: Buffer, next: string): Promise<Keyring> {
  const slot = await wrap(keyring.bookId, 'passphrase', next, dataKey, newKdfParams());
  return { ...keyring, slots: [slot, ...keyring.slots.filter((s) => s.kind !== 'passphrase')] };
}

/** Parse and check a keyring, whether from a book folder or a backup's manifest. */
export function parseKeyring(value: unknown): Keyring {
  const parsed = keyringSchema.safeParse(value);
  if (!parsed.success) throw damaged("Your book's key file is damaged, so the book cannot be opened.");
  const { cipher } = parsed.data;
  if (cipher.scheme !== CIPHER.scheme || cipher.legacy !== CIPHER.legacy) {
    throw damaged('Your book uses an encryption scheme this version of Carebook does not know.');
  }
  // Exact lengths: a short GCM tag would be accepted by Node and make a forgery guessable, and an
  // empty IV would fail as if the passphrase were wrong. Either is a damaged file, not a wrong secret.
  const lengthOf = (b64: string) => Buffer.from(b64, 'base64').length;
  for (const slot of parsed.data.slots) {
    if (lengthOf(slot.iv) !== IV_BYTES || lengthOf(slot.tag) !== TAG_BYTES || lengthOf(slot.wrappedKey) !== DATA_KEY_BYTES) {
      throw damaged("Your book's key file is damaged, so the book cannot be opened.");
    }
  }
  return parsed.data;
}

/** A keyring is a few kilobytes; anything much bigger is not one. */
const MAX_KEYRING_BYTES = 64 * 1024;

export function readKeyring(folder: string): Keyring {
  const path = keyringPath(folder);
  if (!existsSync(path)) throw damaged("Your book's key file is missing from its folder, so the book cannot be opened.");
  // Only a regular file of a sensible size is read: a FIFO or device there would block the core.
  const opened = openRegularFile(path, MAX_KEYRING_BYTES);
  if ('problem' in opened) throw damaged("Your book's key file is damaged, so the book cannot be opened.");
  let json: unknown;
  try {
    const bytes = Buffer.alloc(opened.size);
    let length = 0;
    while (length < bytes.length) {
      const n = readSync(opened.fd, bytes, length, bytes.length - length, length);
      if (n === 0) break;
      length += n;
    }
    json = JSON.parse(bytes.subarray(0, length).toString('utf8'));
  } catch {
    throw damaged("Your book's key file is damaged, so the book cannot be opened.");
  } finally {
    closeSync(opened.fd);
  }
  return parseKeyring(json);
}

/** What a passphrase change cut short leaves: `.keyring.<random>.tmp` (see tempPathFor). Removed at unlock. */
export function removeKeyringLeftovers(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (isTempNameFor(KEYRING_FILE, name)) rmSync(join(folder, name), { force: true });
}

export function writeKeyring(folder: string, keyring: Keyring): void {
  writeFileAtomic(keyringPath(folder), JSON.stringify(keyring, null, 2));
}
