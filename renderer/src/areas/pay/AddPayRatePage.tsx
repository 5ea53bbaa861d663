import { z } from 'zod';
import { today } from '../../lib/format.js';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { parsePounds, PAY_RATE_REASONS, payRateSchema, isRealIsoDate } from '../../shared.js';
import { Button, DateField, FormPage, Radios, TextInput } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { FairPayNotice } from './FairPayNotice.js';
import { poundsBox } from './pounds.js';
import { REASONS } from './words.js';

const shape = payRateSchema.shape;
const optional = (label: string, rule: z.ZodType<number, number>) => poundsBox(`Enter ${label} in pounds, like 14.00, or leave it empty`, rule, true);

const formSchema = (workerId: string) =>
  z
    .object({
      appliesFrom: shape.appliesFrom,
      reason: shape.reason,
      standard: poundsBox('Enter the standard hourly rate in pounds, like 12.71', shape.standardPence),
      weekend: optional('the weekend rate', shape.weekendPence),
      bankHoliday: optional('the bank holiday rate', shape.bankHolidayPence),
      wakingNight: optional('the waking night rate', shape.wakingNightPence),
      sleepIn: optional('the sleep-in amount', shape.sleepInPence),
      travel: optional('the travel rate', shape.travelPence),
      onCall: optional('the on-call amount', shape.onCallPence),
      apprenticeSince: shape.apprenticeSince,
      note: shape.note,
    })
    .transform(({ standard, weekend, bankHoliday, wakingNight, sleepIn, travel, onCall, ...rest }): z.input<typeof payRateSchema> => ({
      ...rest,
      workerId,
      standardPence: standard,
      weekendPence: weekend,
      bankHolidayPence: bankHoliday,
      wakingNightPence: wakingNight,
      sleepInPence: sleepIn,
      travelPence: travel,
      onCallPence: onCall,
    }))
    .pipe(payRateSchema);

const RENAME = { standardPence: 'standard', weekendPence: 'weekend', bankHolidayPence: 'bankHoliday', wakingNightPence: 'wakingNight', sleepInPence: 'sleepIn', travelPence: 'travel', onCallPence: 'onCall' };

/** Add a pay rate from a date, checked against the legal minimum as it is typed. */
export function AddPayRatePage() {
  const pa = usePa();
  const back = `/pas/${pa.id}/pay`;
  const save = useSaveAndGo('pay.saveRate');
  const form = useZodForm(formSchema(pa.id), { appliesFrom: today(), reason: 'annual-review', standard: '', weekend: '', bankHoliday: '', wakingNight: '', sleepIn: '', travel: '', onCall: '', apprenticeSince: '', note: '' });
  const err = form.formState.errors;
  const [standard, appliesFrom] = form.watch(['standard', 'appliesFrom']);
  const ratePence = parsePounds(standard ?? '');
  const date = appliesFrom && isRealIsoDate(appliesFrom) ? appliesFrom : today();
  const check = useApiQuery('pay.checkRate', { workerId: pa.id, ratePence: ratePence && ratePence > 0 ? ratePence : 1, date });
  const money = (field: 'standard' | 'weekend' | 'bankHoliday' | 'wakingNight' | 'sleepIn' | 'travel' | 'onCall', label: string, hint?: string) => (
    <TextInput label={label} hint={hint} width={5} inputMode="decimal" spellCheck={false} autoComplete="off" error={err[field]?.message} {...form.register(field)} />
  );
  return (
    <FormPage
      title={`Add a pay rate for ${pa.fullName}`}
      heading={`Add a pay rate for ${pa.fullName}`}
      back={back}
      form={form}
      rename={RENAME}
      onSubmit={(rate) => save(rate, { flash: 'The pay rate has been saved', to: back })}
      intro={<p className="body">A change of pay needs their agreement. Confirm it to them in writing within a month: change their terms on the Contract tab too.</p>}
    >
      <DateField control={form.control} name="appliesFrom" legend="Date this rate starts" hint="For example, 1 4 2026. A new legal minimum applies from the first pay period that starts on or after 1 April." />
      <Radios field={form.register('reason')} legend="Why" error={err.reason?.message} options={PAY_RATE_REASONS.map((r) => ({ value: r, label: REASONS[r] }))} />
      {money('standard', 'Standard hourly rate, in pounds')}
      {ratePence !== null && ratePence > 0 && check.data && <FairPayNotice check={check.data} />}
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Other rates (leave empty if they do not apply)</legend>
        {money('weekend', 'Weekend hourly rate, in pounds', 'For work on Saturdays and Sundays.')}
        {money('bankHoliday', 'Bank holiday hourly rate, in pounds')}
        {money('wakingNight', 'Waking night hourly rate, in pounds', 'Empty: the standard rate.')}
        {money('sleepIn', 'Sleep-in, a night, in pounds', 'A flat amount for each night. Time they are woken to work is paid at the standard rate.')}
        {money('travel', 'Travel between visits, hourly rate, in pounds', 'Empty: the standard rate. Travel time counts for the minimum wage.')}
        {money('onCall', 'On call at home, a shift, in pounds', 'A flat amount for each shift. Time called out to work is paid at the standard rate.')}
      </fieldset>
      <DateField control={form.control} name="apprenticeSince" legend="If they are an apprentice: the date their apprenticeship started (optional)" hint="Apprentices under 19, or in their first year, have their own legal minimum. Leave empty if they are not an apprentice." />
      <TextInput label="Note (optional)" error={err.note?.message} {...form.register('note')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the pay rate
      </Button>
    </FormPage>
  );
}
