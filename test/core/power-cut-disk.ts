import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { NODE_DISK, type Disk } from '../../electron/core/book/files.js';

/**
 * A file layer for the power-cut test: it does every operation for real (so the code carries on
 * as usual) and keeps a model of what a disk would still hold if the power went now, by the
 * rules POSIX promises and no more:
 *
 * - a file's data reaches the disk only when it is fsynced (anything written after the last
 *   fsync is lost);
 * - a new name, a rename or an unlink reaches the disk only when its folder is fsynced (before
 *   that, the folder still shows the old names).
 *
 * After `cutAfter` operations that change something, every operation throws PowerCut, as if
 * the machine had stopped. `materialise()` then makes the real folders look like the model's
 * durable state, ready for "the next boot" to be checked with the real code.
 */
export class PowerCut extends Error {
  constructor() {
    super('power cut');
  }
}

interface Inode {
  data: Buffer;
  durable: Buffer;
}

export class PowerCutDisk implements Disk {
  private readonly inodes: Inode[] = [];
  private readonly names = new Map<string, number>();
  private readonly durableNames = new Map<string, number>();
  private readonly fds = new Map<number, { inode: number; position: number }>();
  private steps = 0;
  cut = false;

  /** `watched`: the folders whose files the model follows (their current files are taken as durable). */
  constructor(
    private readonly watched: string[],
    private readonly cutAfter = Infinity,
  ) {
    for (const dir of watched) {
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        const path = join(dir, name);
        if (!fs.statSync(path).isFile()) continue;
        const data = fs.readFileSync(path);
        this.inodes.push({ data, durable: Buffer.from(data) });
        this.names.set(path, this.inodes.length - 1);
        this.durableNames.set(path, this.inodes.length - 1);
      }
    }
  }

  /** How many changing operations ran (to know how many cut points a scenario has). */
  get changes(): number {
    return this.steps;
  }

  private step(): void {
    if (this.cut) throw new PowerCut();
    if (this.steps >= this.cutAfter) {
      this.cut = true;
      throw new PowerCut();
    }
    this.steps++;
  }

  private followed(path: string): boolean {
    return this.watched.includes(dirname(path));
  }

  open(path: string, flags: string | number, mode?: number): number {
    const writing = typeof flags === 'string' ? /[wa+]/.test(flags) : (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
    if (writing) this.step();
    else if (this.cut) throw new PowerCut();
    const fd = NODE_DISK.open(path, flags, mode);
    if (writing && this.followed(path)) {
      this.inodes.push({ data: Buffer.alloc(0), durable: Buffer.alloc(0) });
      this.names.set(path, this.inodes.length - 1);
      this.fds.set(fd, { inode: this.inodes.length - 1, position: 0 });
    }
    return fd;
  }

  write(fd: number, bytes: Uint8Array, offset: number, length: number, position?: number | null): number {
    this.step();
    const n = NODE_DISK.write(fd, bytes, offset, length, position);
    const open = this.fds.get(fd);
    if (open) {
      const inode = this.inodes[open.inode]!;
      const at = position ?? open.position;
      const end = Math.max(inode.data.length, at + n);
      const next = Buffer.alloc(end);
      inode.data.copy(next);
      Buffer.from(bytes.buffer, bytes.byteOffset + offset, n).copy(next, at);
      inode.data = next;
      if (position === null || position === undefined) open.position = at + n;
    }
    return n;
  }

  read(fd: number, into: Uint8Array, offset: number, length: number, position: number): number {
    if (this.cut) throw new PowerCut();
    return NODE_DISK.read(fd, into, offset, length, position);
  }

  fsync(fd: number): void {
    this.step();
    NODE_DISK.fsync(fd);
    const open = this.fds.get(fd);
    if (open) this.inodes[open.inode]!.durable = Buffer.from(this.inodes[open.inode]!.data);
  }

  close(fd: number): void {
    if (this.cut) throw new PowerCut();
    this.fds.delete(fd);
    NODE_DISK.close(fd);
  }

  rename(from: string, to: string): void {
    this.step();
    NODE_DISK.rename(from, to);
    const inode = this.names.get(from);
    this.names.delete(from);
    if (inode !== undefined) this.names.set(to, inode);
  }

  unlink(path: string): void {
    this.step();
    NODE_DISK.unlink(path);
    this.names.delete(path);
  }

  fsyncFolder(folder: string): void {
    this.step();
    NODE_DISK.fsyncFolder(folder);
    for (const path of [...this.durableNames.keys()]) if (dirname(path) === folder && !this.names.has(path)) this.durableNames.delete(path);
    for (const [path, inode] of this.names) if (dirname(path) === folder) this.durableNames.set(path, inode);
  }

  /** Make the watched folders hold exactly what survived the cut. */
  materialise(): void {
    for (const dir of this.watched) {
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        const path = join(dir, name);
        if (fs.statSync(path).isFile() && !this.durableNames.has(path)) fs.rmSync(path);
      }
    }
    for (const [path, inode] of this.durableNames) fs.writeFileSync(path, this.inodes[inode]!.durable);
  }
}
