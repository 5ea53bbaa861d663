import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { isAbsolutePathHere } from '../shared/api/index.js';
import { z } from 'zod';
import { writeFileAtomic } from './book/files.js';

/**
 * The one unencrypted file Carebook keeps: which folder holds the current book.
 * It holds a path and nothing about anyone, so it can be read before unlocking.
 */
const configSchema = z
  .object({
    // Only an absolute folder, in this system's own form: a relative path would follow the working folder.
    bookFolder: z.string().min(1).max(4096).refine((p) => isAbsolutePathHere(p) && isAbsolute(p)),
  })
  .strict();
type AppConfig = z.infer<typeof configSchema>;

export class AppConfigFile {
  private readonly file: string;
  readonly defaultBookFolder: string;
  readonly exampleFolder: string;

  constructor(readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'carebook.json');
    this.defaultBookFolder = join(dataDir, 'book');
    this.exampleFolder = join(dataDir, 'example-book');
  }

  read(): AppConfig {
    if (existsSync(this.file)) {
      try {
        const parsed = configSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
        if (parsed.success) return parsed.data;
      } catch {
        // A damaged pointer file only loses the pointer: fall back to the usual place.
      }
    }
    return { bookFolder: this.defaultBookFolder };
  }

  setBookFolder(bookFolder: string): void {
    if (!configSchema.safeParse({ bookFolder }).success) throw new Error('carebook.json takes only an absolute folder');
    writeFileAtomic(this.file, JSON.stringify({ bookFolder }, null, 2));
  }
}
