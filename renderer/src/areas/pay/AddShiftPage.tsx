import { z } from 'zod';
import { today } from '../../lib/format.js';
import { useZodForm } from '../../lib/forms.js';
import { useSaveAndGo } from '../../lib/save.js';
import { SHIFT_KINDS, shiftSchema, wholeNumber } from '../../shared.js';
import { Button, DateField, FormPage, Radios, TextInput } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { KIND_HINTS, KINDS } from './words.js';

const shape = shiftSchema.shape;
/** Minutes typed in a box; empty is none. */
export const minutesBox = (rule: z.ZodType<number, number>) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? 0 : Number(v)))
    .pipe(rule);

const formSchema = (workerId: string) =>
  z
    .object({
      date: shape.date,
      start: shape.start,
      end: shape.end,
      breakMinutes: minutesBox(wholeNumber('Unpaid break, in minutes', 0, 600)),
      kind: shape.kind,
      workedMinutes: minutesBox(wholeNumber('Time spent working, in minutes', 0, 1440)),
      note: shape.note,
    })
    .transform((v): z.input<typeof shiftSchema> => ({ ...v, workerId }))
    .pipe(shiftSchema);

/** Add one shift: the day it starts, the times on the clock, a break, and its kind. */
export function AddShiftPage() {
  const pa = usePa();
  const back = `/pas/${pa.id}/hours`;
  const save = useSaveAndGo('pay.addShift');
  const form = useZodForm(formSchema(pa.id), { date: today(), start: '', end: '', breakMinutes: '', kind: 'work', workedMinutes: '', note: '' });
  const err = form.formState.errors;
  const kind = form.watch('kind');
  const worked = (
    <TextInput label="Time spent working, in minutes" hint="Only this time counts for the minimum wage." width={4} inputMode="numeric" error={err.workedMinutes?.message} {...form.register('workedMinutes')} />
  );
  return (
    <FormPage
      title={`Add a shift for ${pa.fullName}`}
      heading={`Add a shift for ${pa.fullName}`}
      back={back}
      form={form}
      onSubmit={(shift) => save(shift, { flash: 'The shift has been added', to: back })}
    >
      <DateField control={form.control} name="date" legend="Date the shift starts" />
      <TextInput label="Start time" hint="On a 24-hour clock, for example 09:00 or 22:00." width={10} autoComplete="off" spellCheck={false} error={err.start?.message} {...form.register('start')} />
      <TextInput label="End time" hint="An end time before the start time is the next morning." width={10} autoComplete="off" spellCheck={false} error={err.end?.message} {...form.register('end')} />
      <TextInput label="Unpaid break, in minutes (optional)" width={4} inputMode="numeric" error={err.breakMinutes?.message} {...form.register('breakMinutes')} />
      <Radios
        field={form.register('kind')}
        legend="Kind of shift"
        error={err.kind?.message}
        value={kind}
        options={SHIFT_KINDS.map((k) => ({ value: k, label: KINDS[k], hint: KIND_HINTS[k], conditional: k === 'sleep-in' || k === 'on-call' ? worked : undefined }))}
      />
      <TextInput label="Note (optional)" error={err.note?.message} {...form.register('note')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Add the shift
      </Button>
    </FormPage>
  );
}
