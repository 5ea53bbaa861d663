import { savedValues, useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { REFERENCE_OUTCOMES, referenceSchema, type Reference, type Worker } from '../../../shared.js';
import { Button, DateField, FormPage, Radios, Textarea, TextInput } from '../../../ui/index.js';
import { checksTab } from './paths.js';
import { checkIdOf, WithChecks } from './WithChecks.js';

export function ReferencePage({ params }: { params: { checkId: string } }) {
  return (
    <WithChecks checkId={checkIdOf(params.checkId)} pick={(c, id) => c.references.find((x) => x.id === id)}>
      {(w, existing) => <ReferenceForm w={w} existing={existing} />}
    </WithChecks>
  );
}

function ReferenceForm({ w, existing }: { w: Worker; existing: Reference | undefined }) {
  const form = useZodForm(
    referenceSchema,
    savedValues(referenceSchema, existing ?? { refereeName: '', relationship: '', contact: '', requestedOn: '', receivedOn: '', notes: '' }, { workerId: w.id }),
  );
  const save = useSaveAndGo('checks.saveReference');
  const err = form.formState.errors;
  const outcome = form.watch('outcome');
  const title = existing ? `Change the reference for ${w.fullName}` : `Record a reference for ${w.fullName}`;
  const back = checksTab(w.id);
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={(values) => save(values, { flash: 'Reference saved', to: back })}
      intro={<p className="body">You can record a reference when you ask for it, and come back when it arrives.</p>}
    >
      <TextInput label="Name of the referee" autoComplete="off" spellCheck={false} error={err.refereeName?.message} {...form.register('refereeName')} />
      <TextInput
        label="How they know the PA (optional)"
        hint="For example, their last employer."
        autoComplete="off"
        error={err.relationship?.message}
        {...form.register('relationship')}
      />
      <TextInput label="Referee’s phone or email (optional)" autoComplete="off" spellCheck={false} error={err.contact?.message} {...form.register('contact')} />
      <DateField control={form.control} name="requestedOn" legend="Date you asked for the reference (optional)" />
      <DateField control={form.control} name="receivedOn" legend="Date you received it (optional)" />
      <Radios
        legend="Was the reference satisfactory?"
        field={form.register('outcome')}
        value={outcome}
        error={err.outcome?.message}
        options={REFERENCE_OUTCOMES.map((o) => ({
          value: o,
          label: o === 'waiting' ? 'I am still waiting for it' : o === 'satisfactory' ? 'Yes, it was satisfactory' : 'No, it was not satisfactory',
          hint: o === 'not-satisfactory' ? 'Write why in the notes, and what you decided.' : undefined,
        }))}
      />
      <Textarea label="Notes (optional)" error={err.notes?.message} {...form.register('notes')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the reference
      </Button>
    </FormPage>
  );
}

