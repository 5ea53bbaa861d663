import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { useSaveAndGo } from '../../lib/save.js';
import { addReferenceRateSchema, RATE_SERIES } from '../../shared.js';
import { Button, DateField, FormPage, Radios, TextInput } from '../../ui/index.js';
import { poundsBox } from './pounds.js';
import { SERIES } from './words.js';

const shape = addReferenceRateSchema.shape;
const formSchema = z
  .object({ series: shape.series, from: shape.from, amount: poundsBox('Enter the amount an hour in pounds, like 13.21', shape.amountPence), source: shape.source })
  .transform(({ amount, ...rest }) => ({ ...rest, amountPence: amount }))
  .pipe(addReferenceRateSchema);

/** Add a newer legal minimum or Real Living Wage the employer has read about. */
export function AddRatePage() {
  const save = useSaveAndGo('pay.addReferenceRate');
  const form = useZodForm(formSchema, { series: undefined as never, from: '', amount: '', source: '' });
  const err = form.formState.errors;
  return (
    <FormPage
      title="Add a newer rate"
      heading="Add a newer rate"
      back="/settings/rates"
      form={form}
      rename={{ amountPence: 'amount' }}
      onSubmit={(rate) => save(rate, { flash: 'The rate has been added. Carebook uses it from its date.', to: '/settings/rates' })}
    >
      <Radios field={form.register('series')} legend="Which rate" error={err.series?.message} options={RATE_SERIES.map((s) => ({ value: s, label: SERIES[s] }))} />
      <DateField control={form.control} name="from" legend="Date it starts" hint="For the legal minimum, usually 1 April. For example, 1 4 2027." />
      <TextInput label="Amount an hour, in pounds" width={5} inputMode="decimal" spellCheck={false} autoComplete="off" error={err.amount?.message} {...form.register('amount')} />
      <TextInput label="Where you read it" hint="For example: GOV.UK, National Minimum Wage rates, read on 2 April 2027." error={err.source?.message} {...form.register('source')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Add the rate
      </Button>
    </FormPage>
  );
}
