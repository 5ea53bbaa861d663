import { useApiMutation } from '../../../lib/queries.js';
import { RecordDatePage } from './RecordDatePage.js';

/** The day the statement (or a version of it) was handed over. */
export function IssuedPage({ params }: { params: { versionId?: string | undefined } }) {
  const record = useApiMutation('contracts.recordIssued');
  return (
    <RecordDatePage
      versionId={params.versionId}
      field="issuedOn"
      label="Date you gave them the statement"
      title={(name, v) =>
        v.version === 1 ? `When did you give ${name} their written statement?` : `When did you give ${name} version ${v.version} of their terms?`
      }
      hint="Today's date is filled in. Change it if you gave it to them on another day. For example, 27 3 2026."
      save={(v, issuedOn) => record.mutateAsync({ versionId: v.id, issuedOn })}
      flash="The date you gave them the statement has been saved"
    />
  );
}
