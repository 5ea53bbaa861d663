import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { z } from 'zod';
import { CoreError, damaged } from '../errors.js';
import { keyringSchema, type Keyring } from './keyring.js';

/**
 * A backup is one self-contained file:
 *
 *   "CAREBOOK-BACKUP\n"  (16 bytes)
 *   manifest length      (4 bytes, big-endian)
 *   manifest             (JSON: version, date, checksum, the wrapped keys; no personal data)
 *   database             (the encrypted snapshot made by VACUUM INTO)
 *
 * The same passphrase or recovery code opens it, because the keyring travels inside.
 */
export const MAGIC = Buffer.from('CAREBOOK-BACKUP\n', 'ascii');
export const BACKUP_EXTENSION = '.carebook-backup';
const MAX_MANIFEST = 1 << 20;

const manifestSchema = z
  .object({
    format: z.literal('carebook-backup'),
    version: z.literal(1),
    createdAt: z.string(),
    bookId: z.string(),
    schemaVersion: z.string().nullable(),
    dbBytes: z.number().int().nonnegative(),
    dbSha256: z.string().regex(/^[0-9a-f]{64}$/),
    keyring: keyringSchema,
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function encodeBackup(manifest: Omit<Manifest, 'format' | 'version' | 'dbBytes' | 'dbSha256'>, dbBytes: Buffer): Buffer {
  const full: Manifest = { format: 'carebook-backup', version: 1, ...manifest, dbBytes: dbBytes.length, dbSha256: sha256(dbBytes) };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json, dbBytes]);
}

const notABackup = () =>
  new CoreError('foreign_file', 'This file is not a Carebook backup. Choose a file whose name ends in .carebook-backup.', {
    file: 'Choose a Carebook backup file',
  });

function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged('This backup file is damaged.');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw damaged('This backup file is damaged or was made by a different program.');
  return parsed.data;
}

/** Read only the header: enough to list backups without loading each database. */
export function readManifest(file: string): Manifest {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new CoreError('not_found', 'Carebook cannot find that backup file. Check the name and folder.', {
      file: 'Carebook cannot find that file',
    });
  }
  try {
    const head = Buffer.alloc(MAGIC.length + 4);
    if (readSync(fd, head, 0, head.length, 0) < head.length || !head.subarray(0, MAGIC.length).equals(MAGIC)) throw notABackup();
    const length = head.readUInt32BE(MAGIC.length);
    if (length > MAX_MANIFEST) throw damaged('This backup file is damaged.');
    const json = Buffer.alloc(length);
    if (readSync(fd, json, 0, length, head.length) < length) throw damaged('This backup file is cut short: it is not complete.');
    return parseManifest(json);
  } finally {
    closeSync(fd);
  }
}

/** Read and verify a whole backup: a truncated or altered file fails the checksum. */
export function readBackup(file: string): { manifest: Manifest; keyring: Keyring; db: Buffer } {
  const manifest = readManifest(file);
  const bytes = readFileSync(file);
  const start = MAGIC.length + 4 + bytes.readUInt32BE(MAGIC.length);
  const db = bytes.subarray(start);
  if (db.length !== manifest.dbBytes) throw damaged('This backup file is cut short or has extra data: it is not complete.');
  if (sha256(db) !== manifest.dbSha256) throw damaged('This backup file is damaged: its contents do not match its checksum.');
  return { manifest, keyring: manifest.keyring, db };
}
