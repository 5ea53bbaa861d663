import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from './api.js';

/** An id for a field's control, used by its label and by the error summary's link. */
export function fieldId(name: string): string {
  return 'f-' + name.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * A react-hook-form form validated by the same zod schema the core uses. GOV.UK style: check on
 * submit only (no errors flashing while someone types), and the error summary takes focus rather
 * than the first field.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues?: DefaultValues<z.input<S>>,
) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
}

/**
 * A form's starting values from a saved record: the fields the form's schema has, copied from
 * `saved` (a record carries more, such as timestamps and dates worked out by the core), then
 * `fixed` on top (what the page itself knows, such as the PA's id). No record: only `fixed`.
 */
export function savedValues<S extends z.ZodObject>(
  schema: S,
  saved: Partial<z.input<S>> | null | undefined,
  fixed: Partial<z.input<S>> = {},
): DefaultValues<z.input<S>> {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    if (saved && key in saved) picked[key] = (saved as Record<string, unknown>)[key];
  }
  return { ...picked, ...fixed } as DefaultValues<z.input<S>>;
}

/**
 * Show a failed call on the form the same way as a failed schema check: the core's per-field
 * messages go on their fields (when the form has them), anything else on the form as a whole.
 * `rename` maps a core field path to this form's field name when they differ.
 */
export function showServerError<T extends FieldValues>(
  form: UseFormReturn<T, unknown, FieldValues>,
  error: unknown,
  rename: Record<string, string> = {},
) {
  const known = new Set(Object.keys(form.getValues()));
  const e = error instanceof ApiError ? error : new ApiError('internal', 'Something went wrong. Try again.');
  let placed = false;
  for (const [path, message] of Object.entries(e.fields ?? {})) {
    const name = rename[path] ?? path;
    if (known.has(name.split('.')[0]!)) {
      form.setError(name as Path<T>, { type: 'server', message });
      placed = true;
    }
  }
  if (!placed) form.setError('root.server' as Path<T>, { type: 'server', message: e.message });
}

export interface ErrorItem {
  /** The field's name; the summary links to its control. Absent for whole-form errors. */
  name?: string;
  message: string;
  /** Or a page where the problem can be fixed (a route). */
  to?: string;
}

/** Flatten react-hook-form's nested errors into summary items, whole-form errors first. */
export function errorItems(errors: Record<string, unknown>): ErrorItem[] {
  const items: ErrorItem[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.message === 'string' && n.message && 'type' in n) {
      items.push(path[0] === 'root' ? { message: n.message } : { name: path.join('.'), message: n.message });
      return;
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'ref') walk(v, [...path, k]);
  };
  walk(errors, []);
  return items.sort((a, b) => Number(Boolean(a.name)) - Number(Boolean(b.name)));
}

/**
 * The problems in the order their fields are on the page (GOV.UK: the summary follows the page),
 * not the order the schema lists them: whole-form problems first, then each field's by where its
 * control is; a field not on the page keeps its place after those that are.
 */
export function inPageOrder(items: ErrorItem[], doc: Pick<Document, 'getElementById'> = document): ErrorItem[] {
  const at = (i: ErrorItem) => (i.name ? doc.getElementById(fieldId(i.name)) : null);
  const general = items.filter((i) => !i.name);
  const placed = items.filter((i) => i.name && at(i));
  const unplaced = items.filter((i) => i.name && !at(i));
  placed.sort((a, b) => (at(a)!.compareDocumentPosition(at(b)!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return [...general, ...placed, ...unplaced];
}
