import { z } from 'zod';
import { ApiError } from '../../lib/api.js';
import { savedValues, useZodForm } from '../../lib/forms.js';
import { chooseFile } from '../../lib/host.js';
import { useApiMutation, useApiQuery } from '../../lib/queries.js';
import { setFlash } from '../../lib/flash.js';
import { HOW_GIVEN, HOW_GIVEN_WORDS, parsePounds, poundsForInput, trainingRecordSchema, type Topic, type TrainingRecord, type Worker } from '../../shared.js';
import { Button, Checkbox, DateField, FormPage, Loading, Radios, Select, Textarea, TextInput } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { deleteRecordPath, trainingTab } from './paths.js';
import { Link, navigate } from '../../lib/router/index.js';

const pounds = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || parsePounds(v) !== null, { error: `${label} must be an amount in pounds, like 45 or 45.50` })
    .transform((v) => (v === '' ? 0 : parsePounds(v)!));

/** The core's own schema; pounds typed as pounds, hours as typed, and the certificate's file (added as a document after the record is saved). */
const formSchema = trainingRecordSchema.extend({
  costPence: pounds('Cost'),
  fundingClaimPence: pounds('Funding claimed'),
  hours: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{1,4}(\.\d{1,2})?$/.test(v), { error: 'Hours must be a number, like 3 or 1.5' })
    .transform((v) => (v === '' ? 0 : Number(v))),
  certificate: z.string().trim().default(''),
});

export function RecordPage({ params }: { params: { recordId: string } }) {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  const topics = useApiQuery('training.topics', {});
  if (!training.data || !topics.data) return <Loading what="Loading their training" />;
  const existing = params.recordId === 'new' ? undefined : training.data.records.find((r) => r.id === params.recordId);
  if (params.recordId !== 'new' && !existing) return <p className="body">Carebook cannot find that training record. It may have been deleted.</p>;
  return <RecordForm w={w} existing={existing} topics={topics.data.filter((t) => t.active || t.id === existing?.topicId)} />;
}

function RecordForm({ w, existing, topics }: { w: Worker; existing: TrainingRecord | undefined; topics: Topic[] }) {
  const form = useZodForm(formSchema, {
    ...savedValues(trainingRecordSchema, existing ?? { completedOn: '', expiresOverride: '', fundingClaimedOn: '', fundingPaidOn: '' }, { workerId: w.id }),
    topicId: existing?.topicId ?? '',
    costPence: existing?.costPence ? poundsForInput(existing.costPence) : '',
    fundingClaimPence: existing?.fundingClaimPence ? poundsForInput(existing.fundingClaimPence) : '',
    hours: existing?.hours ? String(existing.hours) : '',
    certificate: '',
  } as never);
  const save = useApiMutation('training.saveRecord');
  const addDocument = useApiMutation('documents.add');
  const err = form.formState.errors;
  const back = trainingTab(w.id);
  const title = existing ? `Change ${w.fullName}’s training record` : `Record ${w.fullName}’s training`;
  const certificate = form.watch('certificate');
  const pick = async () => {
    const file = await chooseFile('Choose the certificate').catch(() => null);
    if (file) form.setValue('certificate', file, { shouldDirty: true });
  };
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={async ({ certificate: file, ...values }) => {
        const saved = await save.mutateAsync(values);
        if (file) {
          try {
            await addDocument.mutateAsync({ workerId: w.id, path: file, kind: 'other', label: `Certificate: ${saved.topicName}, ${saved.completedOn}`, linkedId: saved.id });
          } catch (e) {
            // The record is kept: saving again now changes it (no second record), and adds the file.
            form.setValue('id', saved.id);
            form.setError('certificate', { type: 'server', message: `The training is saved, but the certificate was not added. ${e instanceof ApiError ? (e.fields?.path ?? e.message) : 'Try again.'}` });
            return;
          }
        }
        setFlash(file ? `${saved.topicName} training saved, with its certificate` : `${saved.topicName} training saved`);
        navigate(back);
      }}
    >
      <Select
        label="Topic"
        error={err.topicId?.message}
        options={[{ value: '', label: 'Choose a topic' }, ...topics.map((t) => ({ value: t.id, label: t.name }))]}
        {...form.register('topicId')}
      />
      <DateField control={form.control} name="completedOn" legend="Date completed" />
      <Radios
        legend="How was it given?"
        field={form.register('how')}
        value={form.watch('how')}
        error={err.how?.message}
        options={HOW_GIVEN.map((h) => ({ value: h, label: HOW_GIVEN_WORDS[h] }))}
      />
      <TextInput label="Who gave the training (optional)" hint="The trainer, organisation or person." error={err.provider?.message} {...form.register('provider')} />
      <TextInput label="Hours (optional)" width={5} inputMode="decimal" error={err.hours?.message} {...form.register('hours')} />
      <Checkbox field={form.register('accredited')} label="It was accredited" />
      <TextInput
        label="Certificate (optional)"
        hint="Choose the file, or type where it is on this computer. Carebook keeps a copy inside your book."
        spellCheck={false}
        autoComplete="off"
        error={err.certificate?.message}
        after={
          <>
            <button type="button" className="button button--secondary" onClick={() => void pick()}>
              Choose file
            </button>
            <p className="body" aria-live="polite">
              {certificate ? `Chosen: ${certificate.split(/[\\/]/).pop()}` : ''}
            </p>
          </>
        }
        {...form.register('certificate')}
      />
      <TextInput label="Done with another employer (optional)" hint="Their name, if they did this training before working for you." error={err.otherEmployer?.message} {...form.register('otherEmployer')} />
      <DateField control={form.control} name="expiresOverride" legend="Expiry date, if not the usual (optional)" hint="Leave blank to work it out from the topic’s refresher interval." />
      <TextInput label="Cost in pounds (optional)" width={10} inputMode="decimal" error={err.costPence?.message} {...form.register('costPence')} />
      <DateField control={form.control} name="fundingClaimedOn" legend="Date you claimed funding (optional)" />
      <TextInput label="Funding claimed in pounds (optional)" width={10} inputMode="decimal" error={err.fundingClaimPence?.message} {...form.register('fundingClaimPence')} />
      <DateField control={form.control} name="fundingPaidOn" legend="Date the funding was paid (optional)" />
      <Textarea label="Notes (optional)" error={err.notes?.message} {...form.register('notes')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the training
      </Button>
      {existing && (
        <p className="body">
          <Link to={deleteRecordPath(w.id, existing.id)}>Delete this training record</Link>
        </p>
      )}
    </FormPage>
  );
}
