import { z } from 'zod';
import { setFlash } from '../../../lib/flash.js';
import { today } from '../../../lib/format.js';
import { useZodForm } from '../../../lib/forms.js';
import { navigate } from '../../../lib/router/index.js';
import { callName, isoDate, type ContractVersion } from '../../../shared.js';
import { Button, DateField, FormPage, StaticPage } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { contractPath } from './paths.js';
import { WithContract } from './WithContract.js';

/**
 * One date about one version of the statement (the day it was given, the day they agreed).
 * Finds the version, then asks the single question, with today filled in.
 */
export function RecordDatePage({
  versionId,
  field,
  label,
  title,
  hint,
  save,
  flash,
}: {
  /** Absent for the version that applies now. */
  versionId: string | undefined;
  field: 'issuedOn' | 'agreedOn';
  label: string;
  title: (name: string, version: ContractVersion) => string;
  hint: string;
  save: (version: ContractVersion, date: string) => Promise<unknown>;
  flash: string;
}) {
  const w = usePa();
  const back = contractPath(w.id);
  return (
    <WithContract>
      {(contract) => {
        const version = versionId ? contract.versions.find((v) => v.id === versionId) : contract.current;
        if (!version) {
          return (
            <StaticPage title="There is no statement to record this for" back={back}>
              <p className="body">Write their statement first, from their Contract page.</p>
            </StaticPage>
          );
        }
        return (
          <DateForm
            title={title(callName(w), version)}
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
      }}
    </WithContract>
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
