import { z } from 'zod';
import { navigate } from '../../../app/router.js';
import { setFlash } from '../../../lib/flash.js';
import { today } from '../../../lib/format.js';
import { useZodForm } from '../../../lib/forms.js';
import { useApiQuery } from '../../../lib/queries.js';
import { isoDate, type ContractVersion } from '../../../shared.js';
import { Button, DateField, ErrorSummary, FormPage, Loading, StaticPage } from '../../../ui/index.js';
import { callName } from '../../../shared.js';
import { contractPath } from './paths.js';

/**
 * One date about one version of the statement (the day it was given, the day they agreed).
 * Finds the version, then asks the single question, with today filled in.
 */
export function RecordDatePage({
  workerId,
  versionId,
  field,
  label,
  title,
  hint,
  save,
  flash,
}: {
  workerId: string;
  /** Empty for the version that applies now. */
  versionId: string;
  field: 'issuedOn' | 'agreedOn';
  label: string;
  title: (name: string, version: ContractVersion) => string;
  hint: string;
  save: (version: ContractVersion, date: string) => Promise<unknown>;
  flash: string;
}) {
  const worker = useApiQuery('workers.get', { id: workerId });
  const contract = useApiQuery('contracts.get', { workerId });
  const back = contractPath(workerId);
  if (worker.isError || contract.isError) {
    return (
      <StaticPage title="Their statement" back={back}>
        <ErrorSummary items={[{ message: (worker.error ?? contract.error)!.message }]} />
      </StaticPage>
    );
  }
  if (!worker.data || !contract.data) return <Loading />;
  const version = versionId ? contract.data.versions.find((v) => v.id === versionId) : contract.data.current;
  if (!version) {
    return (
      <StaticPage title="There is no statement to record this for" back={back}>
        <p className="body">Write their statement first, from their Contract page.</p>
      </StaticPage>
    );
  }
  return (
    <DateForm
      title={title(callName(worker.data), version)}
      field={field}
      label={label}
      hint={hint}
      initial={version[field] || today()}
      back={back}
      onSave={async (date) => {
        await save(version, date);
        setFlash(flash);
        navigate(back);
      }}
    />
  );
}

function DateForm({
  title,
  field,
  label,
  hint,
  initial,
  back,
  onSave,
}: {
  title: string;
  field: 'issuedOn' | 'agreedOn';
  label: string;
  hint: string;
  initial: string;
  back: string;
  onSave: (date: string) => Promise<void>;
}) {
  const schema = z.object({ [field]: isoDate(label) }) as z.ZodType<Record<string, string>, Record<string, string>>;
  const form = useZodForm(schema, { [field]: initial });
  return (
    <FormPage title={title} heading={title} back={back} form={form} onSubmit={(v) => onSave(v[field]!)}>
      <DateField control={form.control} name={field} legend={label} hint={hint} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
