import type { z } from 'zod';

/**
 * Whether a method only reads the book or changes it. The core sends every write through one
 * path that keeps the book's history; the page refreshes what it shows after each write; the
 * bench times every read. Each relies on this mark, never on the method's name.
 */
export type Effect = 'read' | 'write';

/** One API method: a zod schema for its input, whether it writes, and a phantom type for its output. */
export interface Method<I extends z.ZodType, O, E extends Effect = Effect> {
  input: I;
  effect: E;
  output: O;
  /** A file to save (a PDF, a CSV), not a screen to draw: the bench holds it to a file's target. */
  file?: true;
}

/**
 * `method(schema).reads<Out>()`, `.readsFile<Out>()` or `.writes<Out>()`: the output stays a type only,
 * so no code is generated for it.
 */
export function method<I extends z.ZodType>(input: I) {
  return {
    reads: <O>(): Method<I, O, 'read'> => ({ input, effect: 'read', output: undefined as O }),
    writes: <O>(): Method<I, O, 'write'> => ({ input, effect: 'write', output: undefined as O }),
    /** A read that makes a file to save: a PDF laid out in its own process, a whole export. */
    readsFile: <O extends { fileName: string }>(): Method<I, O, 'read'> => ({ input, effect: 'read', output: undefined as unknown as O, file: true }),
  };
}
