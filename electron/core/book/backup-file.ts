import { createHash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { z } from 'zod';
import { CoreError, damaged } from '../errors.js';
import { currentDisk, newSha256, openRegularFile, streamRange, writeAll } from './files.js';
import { keyringSchema, type Keyring } from './keyring.js';

/**
 * A backup is one self-contained file:
 *
 *   "CAREBOOK-BACKUP\n"  (16 bytes)
 *   manifest length      (4 bytes, big-endian)
 *   manifest             (JSON: version, date, checksum, the wrapped keys; no personal data)
 *   database             (the encrypted snapshot made by VACUUM INTO)
 *
 * The same passphrase or recovery code opens it, because the keyring travels inside. Files are
 * only opened if they are regular files, and the database part is streamed a chunk at a time,
 * never read whole, so a huge or endless file can neither freeze nor flood the core.
 */
export const MAGIC = Buffer.from('CAREBOOK-BACKUP\n', 'ascii');
export const BACKUP_EXTENSION = '.carebook-backup';
const MAX_MANIFEST = 1 << 20;
const HEAD = MAGIC.length + 4;
/**
 * The largest backup Carebook opens: far above any real book (the bench's large book of 50 PAs
 * over 10 years, documents included, is well under 1 GB), and it is streamed, so this bounds
 * time, not memory.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 ** 3;

const manifestSchema = z
  .object({
    format: z.literal('carebook-backup'),
    version: z.literal(1),
    createdAt: z.string().max(40),
    bookId: z.string().max(64),
    schemaVersion: z.string().max(200).nullable(),
    dbBytes: z.number().int().nonnegative().max(MAX_BACKUP_BYTES),
    dbSha256: z.string().regex(/^[0-9a-f]{64}$/),
    keyring: keyringSchema,
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function headerFor(manifest: Manifest): Buffer {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

/** The whole file in memory: for tests and small tools. Carebook itself writes with `writeBackupTo`. */
export function encodeBackup(manifest: Omit<Manifest, 'format' | 'version' | 'dbBytes' | 'dbSha256'>, dbBytes: Buffer): Buffer {
  const full: Manifest = { format: 'carebook-backup', version: 1, ...manifest, dbBytes: dbBytes.length, dbSha256: sha256(dbBytes) };
  return Buffer.concat([headerFor(full), dbBytes]);
}

/**
 * Write a backup into the open file `fd`, streaming the snapshot at `snapshotFd` (its `bytes`
 * were hashed first, in one pass, so memory stays at one chunk). Returns the bytes written.
 */
export function writeBackupTo(
  fd: number,
  manifest: Omit<Manifest, 'format' | 'version' | 'dbBytes' | 'dbSha256'>,
  snapshotFd: number,
  bytes: number,
): number {
  const hash = newSha256();
  if (streamRange(snapshotFd, 0, bytes, () => undefined, hash) !== bytes) throw new Error('snapshot shorter than it said');
  const header = headerFor({ format: 'carebook-backup', version: 1, ...manifest, dbBytes: bytes, dbSha256: hash.digest('hex') });
  writeAll(fd, header);
  if (streamRange(snapshotFd, 0, bytes, (chunk) => writeAll(fd, chunk)) !== bytes) throw new Error('snapshot shorter than it said');
  return header.length + bytes;
}

const notABackup = () =>
  new CoreError('foreign_file', 'This file is not a Carebook backup. Choose a file whose name ends in .carebook-backup.', {
    file: 'Choose a Carebook backup file',
  });

const notFound = () =>
  new CoreError('not_found', 'Carebook cannot find that backup file. Check the name and folder.', {
    file: 'Carebook cannot find that file',
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

/** An open backup: its manifest, where the database starts, and the handle (close it with `close`). */
export interface OpenedBackup {
  fd: number;
  manifest: Manifest;
  dbStart: number;
  size: number;
  close(): void;
}

/**
 * Open a backup and read its header. Only a regular file is opened, its size must be exactly
 * what the manifest says, and the manifest is checked before anything else is read.
 */
export function openBackup(file: string): OpenedBackup {
  const opened = openRegularFile(file, MAX_BACKUP_BYTES + MAX_MANIFEST + HEAD);
  if ('problem' in opened) {
    if (opened.problem === 'missing') throw notFound();
    if (opened.problem === 'too-big') throw damaged('This file is far bigger than any Carebook backup, so it is not one.');
    if (opened.problem === 'not-a-file') throw notABackup();
    throw new CoreError('folder_problem', 'Carebook cannot read that backup file. Check you can open it yourself, then choose it again.', {
      file: 'Carebook cannot read that file',
    });
  }
  const { fd, size } = opened;
  try {
    if (size < HEAD) throw notABackup();
    const head = Buffer.alloc(HEAD);
    if (readSync(fd, head, 0, HEAD, 0) < HEAD || !head.subarray(0, MAGIC.length).equals(MAGIC)) throw notABackup();
    const length = head.readUInt32BE(MAGIC.length);
    if (length > MAX_MANIFEST) throw damaged('This backup file is damaged.');
    if (size < HEAD + length) throw damaged('This backup file is cut short: it is not complete.');
    const json = Buffer.alloc(length);
    if (readSync(fd, json, 0, length, HEAD) < length) throw damaged('This backup file is cut short: it is not complete.');
    const manifest = parseManifest(json);
    const dbStart = HEAD + length;
    if (size - dbStart !== manifest.dbBytes) throw damaged('This backup file is cut short or has extra data: it is not complete.');
    return { fd, manifest, dbStart, size, close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    if (error instanceof CoreError) throw error;
    throw damaged('Carebook could not read this backup file to the end, so it may be damaged.');
  }
}

/** Read only the header: enough to list backups without loading each database. */
export function readManifest(file: string): Manifest {
  const opened = openBackup(file);
  opened.close();
  return opened.manifest;
}

const checksumFailed = () => damaged('This backup file is damaged: its contents do not match its checksum.');

/**
 * Read a backup's database part a chunk at a time, handing each chunk to `each`, and check its
 * checksum at the end. Throws `damaged` if it does not match (`each` has then seen bad data).
 */
export function streamVerified(opened: OpenedBackup, each: (chunk: Buffer) => void = () => undefined): void {
  const hash = newSha256();
  let read: number;
  try {
    read = streamRange(opened.fd, opened.dbStart, opened.manifest.dbBytes, each, hash);
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw damaged('Carebook could not read this backup file to the end, so it may be damaged.');
  }
  if (read !== opened.manifest.dbBytes) throw damaged('This backup file is cut short: it is not complete.');
  if (hash.digest('hex') !== opened.manifest.dbSha256) throw checksumFailed();
}

/** Check a whole backup (header, size and checksum), streamed. Returns its manifest and keyring. */
export function verifyBackup(file: string): { manifest: Manifest; keyring: Keyring } {
  const opened = openBackup(file);
  try {
    streamVerified(opened);
    return { manifest: opened.manifest, keyring: opened.manifest.keyring };
  } finally {
    opened.close();
  }
}

/**
 * Copy a backup's database into the open file `fd`, checking the checksum as it goes. The caller
 * writes to a temp name and renames only after this returns, so a bad backup leaves nothing.
 */
export function copyDatabaseOut(opened: OpenedBackup, fd: number): void {
  const disk = currentDisk();
  streamVerified(opened, (chunk) => {
    let written = 0;
    while (written < chunk.length) written += disk.write(fd, chunk, written, chunk.length - written, null);
  });
}

/** Read and verify a whole backup into memory. For tests only: Carebook streams (see restore.ts). */
export function readBackup(file: string): { manifest: Manifest; keyring: Keyring; db: Buffer } {
  const opened = openBackup(file);
  try {
    const parts: Buffer[] = [];
    streamVerified(opened, (chunk) => parts.push(Buffer.from(chunk)));
    return { manifest: opened.manifest, keyring: opened.manifest.keyring, db: Buffer.concat(parts) };
  } finally {
    opened.close();
  }
}
