import { createHash, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { CoreError, damaged } from '../errors.js';

/**
 * Key derivation: scrypt, which Node has built in and runs on libuv's thread pool, so the
 * ~0.4 s it takes never blocks the event loop (the UI thread is a separate process anyway).
 *
 * MINIMUM is the OWASP Password Storage Cheat Sheet's floor for scrypt (N=2^17, r=8, p=1);
 * stored settings below it are refused, so a tampered keyring cannot weaken the book.
 * MAXIMUM keeps a tampered keyring or backup from stalling the app: at most MAX_COST_FACTOR
 * times the default's work (N·r·p) and 2× its memory (128·N·r bytes: 256 MiB at N=2^18, r=8).
 * Figures are in README.md beside this file.
 */
export const KDF_MINIMUM = { N: 2 ** 17, r: 8, p: 1 } as const;
export const KDF_DEFAULT = { N: 2 ** 17, r: 8, p: 1 } as const;
export const KDF_MAXIMUM = { N: 2 ** 18, r: 8, p: 4 } as const;
/** Stored settings may ask for at most this many times the default's work. */
export const MAX_COST_FACTOR = 4;
const cost = ({ N, r, p }: { N: number; r: number; p: number }) => N * r * p;
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
  const tooCostly = cost(params) > MAX_COST_FACTOR * cost(KDF_DEFAULT);
  if (!powerOfTwo || params.N > KDF_MAXIMUM.N || params.r > KDF_MAXIMUM.r || params.p > KDF_MAXIMUM.p || tooCostly) {
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

/**
 * Keys derived ahead, outside the core's one-call-at-a-time queue (see warm-keys.ts), waiting for
 * the call that asked for them: each is taken once, and forgotten (zeroed) after a minute.
 */
const ahead = new Map<string, { key: Promise<Buffer>; timer: NodeJS.Timeout }>();
const AHEAD_MS = 60_000;
const aheadId = (secret: string, params: KdfParams) =>
  createHash('sha256').update(JSON.stringify([secret.normalize('NFC'), params.salt, params.N, params.r, params.p])).digest('hex');

/** Start deriving the key for `secret` now, so the call that needs it finds it ready. */
export function deriveAhead(secret: string, params: KdfParams): Promise<void> {
  checkKdfParams(params);
  const id = aheadId(secret, params);
  const existing = ahead.get(id);
  if (existing) return existing.key.then(() => undefined);
  const key = derive(secret, params);
  const timer = setTimeout(() => {
    ahead.delete(id);
    void key.then((k) => k.fill(0), () => undefined);
  }, AHEAD_MS);
  timer.unref();
  ahead.set(id, { key, timer });
  return key.then(() => undefined);
}

/** Derive a 256-bit wrapping key from a secret. The secret is NFC-normalised so "é" typed two ways matches. */
export function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  checkKdfParams(params);
  const id = aheadId(secret, params);
  const waiting = ahead.get(id);
  if (waiting) {
    ahead.delete(id);
    clearTimeout(waiting.timer);
    return waiting.key;
  }
  return derive(secret, params);
}

function derive(secret: string, params: KdfParams): Promise<Buffer> {
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
