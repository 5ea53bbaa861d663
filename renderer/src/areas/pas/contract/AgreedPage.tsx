import { useApiMutation } from '../../../lib/queries.js';
import { RecordDatePage } from './RecordDatePage.js';

/** The day the PA agreed to a change of terms (versions after the first). */
export function AgreedPage({ params }: { params: { versionId?: string | undefined } }) {
  const record = useApiMutation('contracts.recordAgreement');
  return (
    <RecordDatePage
      versionId={params.versionId}
      field="agreedOn"
      label="Date they agreed to the change"
      title={(name, v) => `When did ${name} agree to version ${v.version} of their terms?`}
      hint="Today's date is filled in. Change it if they agreed on another day. For example, 27 3 2026."
      save={(v, agreedOn) => record.mutateAsync({ versionId: v.id, agreedOn })}
      flash="The date they agreed has been saved"
    />
  );
}
