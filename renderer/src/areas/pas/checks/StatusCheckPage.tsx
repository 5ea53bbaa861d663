import { dateInWords } from '../../../lib/format.js';
import { useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { dbsStatusCheckSchema, type DbsCheck, type Worker } from '../../../shared.js';
import { Button, DateField, FormPage, Radios, Textarea } from '../../../ui/index.js';
import { checksTab } from './paths.js';
import { WithChecks } from './WithChecks.js';

export function StatusCheckPage({ params }: { params: { checkId: string } }) {
  return (
    <WithChecks checkId={params.checkId} pick={(c, id) => c.dbs.find((x) => x.id === id)}>
      {(w, dbs) => dbs && <StatusCheckForm w={w} dbs={dbs} />}
    </WithChecks>
  );
}

function StatusCheckForm({ w, dbs }: { w: Worker; dbs: DbsCheck }) {
  const form = useZodForm(dbsStatusCheckSchema, { dbsCheckId: dbs.id, checkedOn: '', note: '' });
  const save = useSaveAndGo('checks.addDbsStatusCheck');
  const err = form.formState.errors;
  const result = form.watch('result');
  const title = `Record a status check of ${w.fullName}’s DBS certificate`;
  const back = checksTab(w.id);
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={(values) => save(values, { flash: 'Status check saved', to: back })}
      intro={
        <p className="body">
          This is for the certificate issued on {dateInWords(dbs.issuedOn)}
          {dbs.certificateNumber && <> (number {dbs.certificateNumber})</>}.
          {!dbs.statusCheckConsent && ' They have not agreed to status checks yet: ask them first.'}
        </p>
      }
    >
      <DateField control={form.control} name="checkedOn" legend="Date of the status check" />
      <Radios
        legend="What did the status check say?"
        field={form.register('result')}
        value={result}
        error={err.result?.message}
        options={[
          { value: 'no-change', label: 'No new information: the certificate is still up to date' },
          { value: 'changed', label: 'New information: the certificate is no longer up to date', hint: 'Ask them to apply for a new DBS check.' },
        ]}
      />
      <Textarea label="Note (optional)" rows={3} error={err.note?.message} {...form.register('note')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the status check
      </Button>
    </FormPage>
  );
}
