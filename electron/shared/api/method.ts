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
}

/**
 * `method(schema).reads<Out>()` or `method(schema).writes<Out>()`: the output stays a type only,
 * so no code is generated for it.
 */
export function method<I extends z.ZodType>(input: I) {
  return {
    reads: <O>(): Method<I, O, 'read'> => ({ input, effect: 'read', output: undefined as O }),
    writes: <O>(): Method<I, O, 'write'> => ({ input, effect: 'write', output: undefined as O }),
  };
}
