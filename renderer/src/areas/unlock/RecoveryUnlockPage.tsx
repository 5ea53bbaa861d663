import { useQueryClient } from '@tanstack/react-query';
import { Link } from '../../lib/router/index.js';
import { isApiError } from '../../lib/api.js';
import { useZodForm } from '../../lib/forms.js';
import { secretInput } from '../../shared.js';
import { Button, FormPage, TextInput } from '../../ui/index.js';
import { unlock } from './unlock.js';

// The core's own schema for unlocking with the recovery code.
const schema = secretInput.options[1];

export function RecoveryUnlockPage() {
  const client = useQueryClient();
  const form = useZodForm(schema, { recoveryCode: '' });
  return (
    <FormPage
      title="Unlock with your recovery code"
      heading="Unlock with your recovery code"
      back="/"
      form={form}
      onSubmit={(v) => unlock(client, v)}
      onError={(e) => {
        // A wrong secret belongs on its box, with the core's words.
        if (!isApiError(e, 'wrong_secret')) return false;
        form.setError('recoveryCode', { type: 'server', message: e.message });
        return true;
      }}
      intro={
        <>
          <p className="body">
            Carebook showed you a recovery code when you made your book. You may have printed it, or saved it as a
            file called <span className="path">carebook-recovery-code.txt</span>.
          </p>
          <p className="body">After you unlock, you will choose a new passphrase.</p>
        </>
      }
    >
      <TextInput
        label="Recovery code"
        hint="Type it as it is written. Spaces do not matter."
        className="input--code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        error={form.formState.errors.recoveryCode?.message}
        {...form.register('recoveryCode')}
      />
      <Button busy={form.formState.isSubmitting} busyText="Unlocking…">
        Unlock
      </Button>
      <details className="details">
        <summary className="details__summary">I do not have my recovery code either</summary>
        <div className="details__text">
          <p>
            Without your passphrase or your recovery code, nobody can open this book, not even Carebook. This is what
            keeps your PAs&rsquo; records safe.
          </p>
          <p>
            If you have a backup and remember the passphrase you used then, you can{' '}
            <Link to="/restore">restore the backup</Link>.
          </p>
        </div>
      </details>
    </FormPage>
  );
}
