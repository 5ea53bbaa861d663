import { savedValues, useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { STANDARD_STATUSES, STANDARD_STATUS_WORDS, standardSchema, type PaTraining, type Worker } from '../../shared.js';
import { Button, DateField, FormPage, Loading, Radios, TextInput } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { trainingTab } from './paths.js';

/** One Care Certificate standard: where they are with it, when, and who assessed them. */
export function StandardPage({ params }: { params: { standard: string } }) {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  if (!training.data) return <Loading />;
  const n = Number(params.standard);
  const s = training.data.careCertificate.standards.find((x) => x.number === n);
  if (!s) return <p className="body">The Care Certificate has no standard {params.standard}.</p>;
  return <StandardForm w={w} t={training.data} n={n} />;
}

function StandardForm({ w, t, n }: { w: Worker; t: PaTraining; n: number }) {
  const s = t.careCertificate.standards.find((x) => x.number === n)!;
  const form = useZodForm(standardSchema, savedValues(standardSchema, { ...s, standard: n, version: t.careCertificate.version }, { workerId: w.id }));
  const save = useSaveAndGo('training.saveStandard');
  const back = trainingTab(w.id);
  const title = `Standard ${n}: ${s.title}`;
  return (
    <FormPage title={title} heading={title} caption={`${w.fullName}’s Care Certificate`} back={back} form={form} onSubmit={(v) => save(v, { flash: `Standard ${n} saved`, to: back })}>
      <Radios
        legend="Where are they with this standard?"
        field={form.register('status')}
        value={form.watch('status')}
        error={form.formState.errors.status?.message}
        options={STANDARD_STATUSES.map((x) => ({ value: x, label: STANDARD_STATUS_WORDS[x] }))}
      />
      <DateField control={form.control} name="on" legend="Date (optional unless assessed competent)" />
      <TextInput label="Assessor (optional unless assessed competent)" error={form.formState.errors.assessor?.message} {...form.register('assessor')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
