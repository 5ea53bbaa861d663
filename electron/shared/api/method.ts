import type { z } from 'zod';

/** One API method: a zod schema for its input and a phantom type for its output. */
export interface Method<I extends z.ZodType, O> {
  input: I;
  output: O;
}

/** `method(schema).returns<Out>()`: keeps the output a type only, so no code is generated. */
export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): Method<I, O> => ({ input, output: undefined as O }) };
}
