import { useQueryClient } from '@tanstack/react-query';
import { Link } from '../../lib/router/index.js';
import { isApiError } from '../../lib/api.js';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { secretInput } from '../../shared.js';
import { Button, FormPage, PasswordInput } from '../../ui/index.js';
import { unlock } from './unlock.js';

// The core's own schema for unlocking with a passphrase.
const schema = secretInput.options[0];

export function UnlockPage() {
  const client = useQueryClient();
  const status = useApiQuery('book.status', {});
  const form = useZodForm(schema, { passphrase: '' });
  return (
    <FormPage
      title="Unlock your book"
      heading="Unlock your book"
      form={form}
      onSubmit={(v) => unlock(client, v)}
      onError={(e) => {
        // A wrong secret belongs on its box, with the core's words.
        if (!isApiError(e, 'wrong_secret')) return false;
        form.setError('passphrase', { type: 'server', message: e.message });
        return true;
      }}
      intro={
        <>
          <p className="body">Your book is locked to keep your PAs&rsquo; records private.</p>
          {status.data?.isExample === false && status.data.folder && (
            <p className="hint">
              Your book is in <span className="path">{status.data.folder}</span>
            </p>
          )}
        </>
      }
    >
      <PasswordInput label="Passphrase" error={form.formState.errors.passphrase?.message} {...form.register('passphrase')} />
      <Button busy={form.formState.isSubmitting} busyText="Unlocking…">
        Unlock
      </Button>
      <p className="body">
        <Link to="/forgotten">I have forgotten my passphrase</Link>
      </p>
    </FormPage>
  );
}
