import { useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { navigate } from '../../lib/router/index.js';
import { call } from '../../lib/api.js';
import { setFlash } from '../../lib/flash.js';
import { useZodForm } from '../../lib/forms.js';
import { newPassphrase } from '../../lib/passphrase-rule.js';
import { Button, FormPage, PassphraseStrength, PasswordInput } from '../../ui/index.js';

const SAME = 'The two new passphrases are different. Type the same passphrase in both boxes';

const withCurrent = z
  .object({ current: z.string().min(1, { error: 'Enter your current passphrase' }), next: newPassphrase, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], error: SAME });
const afterRecovery = z
  .object({ next: newPassphrase, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], error: SAME });

/** Settings → change passphrase: needs the current one. */
export function ChangePassphrasePage() {
  const form = useZodForm(withCurrent, { current: '', next: '', confirm: '' });
  const err = form.formState.errors;
  return (
    <FormPage
      title="Change your passphrase"
      heading="Change your passphrase"
      back="/settings"
      form={form}
      onSubmit={async (v) => {
        await call('book.changePassphrase', { current: v.current, next: v.next });
        setFlash('Your passphrase has been changed. Use the new one next time you unlock your book.');
        navigate('/settings');
      }}
      onError={(e) => {
        // A wrong current passphrase belongs on its own box.
        if (e instanceof Error && 'code' in e && e.code === 'wrong_secret') {
          form.setError('current', { type: 'server', message: e.message });
          return true;
        }
        return false;
      }}
    >
      <PasswordInput label="Current passphrase" error={err.current?.message} {...form.register('current')} />
      <NewPassphraseFields form={form} />
      <Button busy={form.formState.isSubmitting} busyText="Changing your passphrase…">
        Change passphrase
      </Button>
    </FormPage>
  );
}

/** Straight after unlocking with the recovery code: set a passphrase for next time. */
export function AfterRecoveryPage() {
  const client = useQueryClient();
  const form = useZodForm(afterRecovery, { next: '', confirm: '' });
  return (
    <FormPage
      title="Choose a new passphrase"
      heading="Choose a new passphrase"
      form={form}
      intro={
        <p className="body">
          You opened your book with your recovery code. Choose a new passphrase now, so you can unlock your book with it
          next time. Keep your recovery code safe too.
        </p>
      }
      onSubmit={async (v) => {
        await call('book.changePassphrase', { next: v.next });
        setFlash('Your new passphrase is set. Use it next time you unlock your book.');
        navigate('/', { replace: true });
        await client.invalidateQueries({ queryKey: ['book.status'] });
      }}
    >
      <NewPassphraseFields form={form} />
      <Button busy={form.formState.isSubmitting} busyText="Saving your new passphrase…">
        Save new passphrase
      </Button>
    </FormPage>
  );
}

function NewPassphraseFields({ form }: { form: ReturnType<typeof useZodForm<typeof afterRecovery>> | ReturnType<typeof useZodForm<typeof withCurrent>> }) {
  const f = form as ReturnType<typeof useZodForm<typeof afterRecovery>>;
  const err = f.formState.errors;
  return (
    <>
      <PasswordInput
        label="New passphrase"
        hint="At least 12 characters. Use 3 or 4 random words."
        error={err.next?.message}
        below={<PassphraseStrength value={f.watch('next') ?? ''} />}
        {...f.register('next')}
      />
      <PasswordInput label="Type your new passphrase again" error={err.confirm?.message} {...f.register('confirm')} />
    </>
  );
}
