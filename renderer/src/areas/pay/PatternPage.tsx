import { z } from 'zod';
import { today } from '../../lib/format.js';
import { useZodForm } from '../../lib/forms.js';
import { useSaveAndGo } from '../../lib/save.js';
import { patternSchema, SHIFT_KINDS, WEEKDAYS, wholeNumber, addDaysIso } from '../../shared.js';
import { Button, DateField, FormPage, Select, TextInput } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { minutesBox } from './AddShiftPage.js';
import { KINDS } from './words.js';

const DAY_NAMES: Record<(typeof WEEKDAYS)[number], string> = { monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday' };
const time = z.string().trim();

const day = z.object({ start: time, end: time, breakMinutes: minutesBox(wholeNumber('Unpaid break, in minutes', 0, 600)), kind: z.enum(SHIFT_KINDS) });

const formSchema = (workerId: string) =>
  z
    .object({ from: patternSchema.shape.from, to: patternSchema.shape.to, days: z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as Record<(typeof WEEKDAYS)[number], typeof day>) })
    .superRefine((v, ctx) => {
      for (const d of WEEKDAYS) {
        const { start, end } = v.days[d];
        if ((start === '') !== (end === '')) ctx.addIssue({ code: 'custom', path: ['days', d, start === '' ? 'start' : 'end'], message: `Enter both times for ${DAY_NAMES[d]}, or neither` });
      }
      if (WEEKDAYS.every((d) => v.days[d].start === '')) ctx.addIssue({ code: 'custom', path: ['days', 'monday', 'start'], message: 'Enter the times of at least one shift' });
    })
    .transform((v) => ({
      workerId,
      from: v.from,
      to: v.to,
      shifts: WEEKDAYS.filter((d) => v.days[d].start !== '').map((d) => ({ weekday: d, start: v.days[d].start, end: v.days[d].end, breakMinutes: v.days[d].breakMinutes, kind: v.days[d].kind })),
    }))
    .pipe(patternSchema);

/** Fill a period from a regular week: a shift on each day that has times. Each shift can be changed after. */
export function PatternPage() {
  const pa = usePa();
  const back = `/pas/${pa.id}/hours`;
  const save = useSaveAndGo('pay.fillFromPattern');
  const blank = { start: '', end: '', breakMinutes: '', kind: 'work' as const };
  const form = useZodForm(formSchema(pa.id), { from: today(), to: addDaysIso(today(), 6), days: Object.fromEntries(WEEKDAYS.map((d) => [d, blank])) as never });
  const err = form.formState.errors;
  return (
    <FormPage
      title={`Fill ${pa.fullName}’s hours from a weekly pattern`}
      heading={`Fill ${pa.fullName}’s hours from a weekly pattern`}
      back={back}
      form={form}
      onSubmit={(pattern) => save(pattern, { flash: (r) => `${r.added === 1 ? '1 shift has' : `${r.added} shifts have`} been added`, to: back })}
      intro={<p className="body">Enter the times for each day they usually work, and leave the other days empty. Carebook adds a shift on each of those days between the two dates. You can change or delete any of them after.</p>}
    >
      <DateField control={form.control} name="from" legend="First day to fill" />
      <DateField control={form.control} name="to" legend="Last day to fill" />
      {WEEKDAYS.map((d) => (
        <fieldset key={d} className="fieldset pattern-day">
          <legend className="fieldset__legend fieldset__legend--s">{DAY_NAMES[d]}</legend>
          <TextInput label={`${DAY_NAMES[d]} start time`} hint="For example 09:00. Empty: no shift." width={10} autoComplete="off" spellCheck={false} error={err.days?.[d]?.start?.message} {...form.register(`days.${d}.start`)} />
          <TextInput label={`${DAY_NAMES[d]} end time`} width={10} autoComplete="off" spellCheck={false} error={err.days?.[d]?.end?.message} {...form.register(`days.${d}.end`)} />
          <TextInput label={`${DAY_NAMES[d]} unpaid break, in minutes`} width={4} inputMode="numeric" error={err.days?.[d]?.breakMinutes?.message} {...form.register(`days.${d}.breakMinutes`)} />
          <Select label={`${DAY_NAMES[d]} kind of shift`} options={SHIFT_KINDS.map((k) => ({ value: k, label: KINDS[k] }))} {...form.register(`days.${d}.kind`)} />
        </fieldset>
      ))}
      <Button busy={form.formState.isSubmitting} busyText="Adding…">
        Add the shifts
      </Button>
    </FormPage>
  );
}
