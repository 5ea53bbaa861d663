import { z } from 'zod';
import { savedValues, useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { QUALIFICATIONS, qualificationSchema, type Qualification, type Worker } from '../../shared.js';
import { Button, DateField, FormPage, Loading, Radios, Select, TextInput } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { deleteQualificationPath, trainingTab } from './paths.js';
import { Link } from '../../lib/router/index.js';

const number = (label: string, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= max), { error: `${label} must be a whole number from 1 to ${max}` })
    .transform((v) => (v === '' ? null : Number(v)));

/** The core's schema, with the level and ASC-WDS code typed as text. */
const formSchema = qualificationSchema.extend({ level: number('Level', 8), code: number('ASC-WDS qualification code', 999) });

export function QualificationPage({ params }: { params: { qualificationId: string } }) {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  if (!training.data) return <Loading />;
  const existing = training.data.qualifications.find((q) => q.id === params.qualificationId);
  if (params.qualificationId !== 'new' && !existing) return <p className="body">Carebook cannot find that qualification.</p>;
  return <QualificationForm w={w} existing={existing} />;
}

function QualificationForm({ w, existing }: { w: Worker; existing: Qualification | undefined }) {
  const form = useZodForm(formSchema, {
    ...savedValues(qualificationSchema, existing ?? { startedOn: '', achievedOn: '', referenceId: '' }, { workerId: w.id }),
    level: existing?.level ? String(existing.level) : '',
    code: existing?.code ? String(existing.code) : '',
  } as never);
  const save = useSaveAndGo('training.saveQualification');
  const back = trainingTab(w.id);
  const title = existing ? `Change ${existing.name}` : 'Add a qualification';
  const chooseKnown = (id: string) => {
    const q = QUALIFICATIONS.find((x) => x.id === id);
    form.setValue('referenceId', id);
    if (q) {
      form.setValue('name', q.name);
      form.setValue('level', (q.level ? String(q.level) : '') as never);
      form.setValue('code', (q.code ? String(q.code) : '') as never);
    }
  };
  return (
    <FormPage title={title} heading={title} caption={w.fullName} back={back} form={form} onSubmit={(v) => save(v, { flash: `${v.name} saved`, to: back })}>
      <Select
        label="Choose from the list (optional)"
        hint="Fills in the name, level and ASC-WDS code where Carebook knows them."
        options={[{ value: '', label: 'Another qualification' }, ...QUALIFICATIONS.map((q) => ({ value: q.id, label: q.name }))]}
        {...form.register('referenceId', { onChange: (e: { target: { value: string } }) => chooseKnown(e.target.value) })}
      />
      <TextInput label="Name of the qualification" error={form.formState.errors.name?.message} {...form.register('name')} />
      <TextInput label="Level (optional)" width={3} inputMode="numeric" error={form.formState.errors.level?.message} {...form.register('level')} />
      <TextInput
        label="ASC-WDS qualification code (optional)"
        hint="ASC-WDS needs it for the worker file. Carebook fills it in when it knows it."
        width={5}
        inputMode="numeric"
        error={form.formState.errors.code?.message}
        {...form.register('code')}
      />
      <Radios
        legend="Where are they with it?"
        field={form.register('status')}
        value={form.watch('status')}
        error={form.formState.errors.status?.message}
        options={[
          { value: 'working-towards', label: 'Working towards it' },
          { value: 'achieved', label: 'Achieved' },
        ]}
      />
      <DateField control={form.control} name="startedOn" legend="Date they started (optional)" />
      <DateField control={form.control} name="achievedOn" legend="Date they achieved it (if achieved)" />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the qualification
      </Button>
      {existing && (
        <p className="body">
          <Link to={deleteQualificationPath(w.id, existing.id)}>Delete this qualification</Link>
        </p>
      )}
    </FormPage>
  );
}
