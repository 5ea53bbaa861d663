import { z } from 'zod';
import { navigate } from '../../../lib/router/index.js';
import { useZodForm } from '../../../lib/forms.js';
import { secretInput } from '../../../shared.js';
import { Button, FormPage, PageHeading, PasswordInput, Radios, TextInput } from '../../../ui/index.js';
import { restoreJourney } from './journey.js';

const [byPassphrase, byCode] = secretInput.options;

// One of the core's two secret schemas, chosen by the radio.
const schema = z
  .object({ how: z.enum(['passphrase', 'recoveryCode'], { error: 'Choose how to unlock the backup' }), passphrase: z.string(), recoveryCode: z.string() })
  .superRefine((v, ctx) => {
    const r = v.how === 'passphrase' ? byPassphrase.safeParse({ passphrase: v.passphrase }) : byCode.safeParse({ recoveryCode: v.recoveryCode });
    if (!r.success) ctx.addIssue({ code: 'custom', path: [v.how], message: r.error.issues[0]!.message });
  });

export function SecretPage() {
  const j = restoreJourney.get();
  const form = useZodForm(schema, { how: j.how, passphrase: j.passphrase, recoveryCode: j.recoveryCode });
  const how = form.watch('how');
  const err = form.formState.errors;
  return (
    <FormPage
      title="How do you want to unlock the backup?"
      back="/restore/where"
      form={form}
      onSubmit={(v) => {
        restoreJourney.set(v.how === 'passphrase' ? { how: v.how, passphrase: v.passphrase, recoveryCode: '' } : { how: v.how, recoveryCode: v.recoveryCode, passphrase: '' });
        navigate('/restore/check');
      }}
    >
      <Radios
        legendIsHeading
        legend={<PageHeading caption="Restore a backup">How do you want to unlock the backup?</PageHeading>}
        hint="Use the passphrase the book had when the backup was made. If you have changed it since, use the old one."
        field={form.register('how')}
        value={how}
        error={err.how?.message}
        options={[
          {
            value: 'passphrase',
            label: 'With the passphrase',
            conditional: <PasswordInput label="Passphrase for this backup" error={err.passphrase?.message} {...form.register('passphrase')} />,
          },
          {
            value: 'recoveryCode',
            label: 'With the recovery code',
            conditional: (
              <TextInput label="Recovery code" className="input--code" spellCheck={false} autoComplete="off" error={err.recoveryCode?.message} {...form.register('recoveryCode')} />
            ),
          },
        ]}
      />
      <Button>Continue</Button>
    </FormPage>
  );
}
