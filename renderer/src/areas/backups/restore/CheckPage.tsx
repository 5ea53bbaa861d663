import { useEffect, useState } from 'react';
import { z } from 'zod';
import { navigate } from '../../../lib/router/index.js';
import { call, isApiError } from '../../../lib/api.js';
import { useZodForm, type ErrorItem } from '../../../lib/forms.js';
import { Button, FormPage, SummaryList } from '../../../ui/index.js';
import { restoreJourney } from './journey.js';

/** Which page to go back to, for each thing the core can refuse. */
const FIX: Record<string, string> = {
  file: '/restore',
  into: '/restore/where',
  secret: '/restore/unlock',
  wrong_secret: '/restore/unlock',
  book_exists: '/restore/where',
  folder_problem: '/restore/where',
  foreign_file: '/restore',
  damaged_book: '/restore',
  not_found: '/restore',
};

export function CheckPage() {
  const j = restoreJourney.use();
  const form = useZodForm(z.object({}), {});
  const [problem, setProblem] = useState<ErrorItem | null>(null);
  useEffect(() => {
    if (!j.file || !j.into || !j.how) navigate('/restore', { replace: true });
  }, [j.file, j.into, j.how]);
  return (
    <FormPage
      title="Check before you restore"
      heading="Check before you restore"
      caption="Restore a backup"
      back="/restore/unlock"
      form={form}
      extraErrors={problem ? [problem] : []}
      onSubmit={async () => {
        setProblem(null);
        const secret = j.how === 'passphrase' ? { passphrase: j.passphrase } : { recoveryCode: j.recoveryCode };
        const restored = await call('book.restore', { file: j.file, into: j.into, secret });
        restoreJourney.set({ restored, passphrase: '', recoveryCode: '' });
        navigate('/restore/done', { replace: true });
      }}
      onError={(e) => {
        // Say what went wrong, and link straight to the page that fixes it.
        const key = isApiError(e) ? (Object.keys(e.fields ?? {})[0]?.split('.')[0] ?? e.code) : '';
        const fix = FIX[key] ?? FIX[isApiError(e) ? e.code : ''];
        const message = isApiError(e) ? (Object.values(e.fields ?? {})[0] ?? e.message) : 'Something went wrong. Try again.';
        setProblem(fix ? { message, to: fix } : { message });
        return true;
      }}
    >
      <SummaryList
        rows={[
          { key: 'Backup file', value: <span className="path">{j.file}</span>, change: { to: '/restore' } },
          { key: 'New folder', value: <span className="path">{j.into}</span>, change: { to: '/restore/where' } },
          { key: 'Unlock with', value: j.how === 'passphrase' ? 'The passphrase' : 'The recovery code', change: { to: '/restore/unlock' } },
        ]}
      />
      <p className="body">Your current book is kept where it is. Carebook then opens the restored book.</p>
      <Button busy={form.formState.isSubmitting} busyText="Restoring… this can take a little while">
        Restore this backup
      </Button>
    </FormPage>
  );
}
