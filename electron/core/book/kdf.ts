import { randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { CoreError, damaged } from '../errors.js';

/**
 * Key derivation: scrypt, which Node has built in and runs on libuv's thread pool, so the
 * ~0.4 s it takes never blocks the event loop (the UI thread is a separate process anyway).
 *
 * MINIMUM is the OWASP Password Storage Cheat Sheet's floor for scrypt (N=2^17, r=8, p=1);
 * stored settings below it are refused, so a tampered keyring cannot weaken the book.
 * MAXIMUM stops a tampered keyring from asking for gigabytes of memory.
 */
export const KDF_MINIMUM = { N: 2 ** 17, r: 8, p: 1 } as const;
export const KDF_MAXIMUM = { N: 2 ** 22, r: 32, p: 16 } as const;
export const KDF_DEFAULT = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export const kdfParamsSchema = z
  .object({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: z.string().regex(/^[A-Za-z0-9+/]+=*$/),
  })
  .strict();
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export function newKdfParams(base: { N: number; r: number; p: number } = KDF_DEFAULT): KdfParams {
  return { name: 'scrypt', ...base, salt: randomBytes(16).toString('base64') };
}

/** Refuse weakened or absurd settings before spending any time on them. */
export function checkKdfParams(params: KdfParams): void {
  const powerOfTwo = params.N > 1 && (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || params.N > KDF_MAXIMUM.N || params.r > KDF_MAXIMUM.r || params.p > KDF_MAXIMUM.p) {
    throw damaged("Your book's key file has settings Carebook does not recognise, so it may be damaged.");
  }
  if (params.N < KDF_MINIMUM.N || params.r < KDF_MINIMUM.r || params.p < KDF_MINIMUM.p) {
    throw new CoreError(
      'weak_key_settings',
      "Your book's key file asks for weaker protection than Carebook allows, so it was not opened. " +
        'Someone may have changed it. Restore your most recent backup.',
    );
  }
  if (Buffer.from(params.salt, 'base64').length < 16) {
    throw damaged("Your book's key file is damaged.");
  }
}

/** Derive a 256-bit wrapping key from a secret. The secret is NFC-normalised so "é" typed two ways matches. */
export function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  checkKdfParams(params);
  const { N, r, p } = params;
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(secret.normalize('NFC'), 'utf8'),
      Buffer.from(params.salt, 'base64'),
      KEY_LENGTH,
      // scrypt needs 128·N·r·p bytes; allow twice that.
      { N, r, p, maxmem: 256 * N * r * p },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
