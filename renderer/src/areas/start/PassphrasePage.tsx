import { useEffect } from 'react';
import { z } from 'zod';
import { navigate } from '../../lib/router/index.js';
import { call } from '../../lib/api.js';
import { useZodForm } from '../../lib/forms.js';
import { newPassphrase } from '../../lib/passphrase-rule.js';
import { Button, FormPage, PassphraseStrength, PasswordInput } from '../../ui/index.js';
import { newBook } from './journey.js';

/** The core's passphrase rule, plus "type it again" which only the form needs. */
export const newPassphraseSchema = z
  .object({ passphrase: newPassphrase, confirm: z.string() })
  .refine((v) => v.passphrase === v.confirm, { path: ['confirm'], error: 'The two passphrases are different. Type the same passphrase in both boxes' });

export function PassphrasePage() {
  const journey = newBook.use();
  const form = useZodForm(newPassphraseSchema, { passphrase: '', confirm: '' });
  const typed = form.watch('passphrase');

  useEffect(() => {
    // The book already exists: going Back must not make a second one.
    if (journey.created) navigate('/new/recovery-code', { replace: true });
    else if (!journey.where) navigate('/new/where', { replace: true });
  }, [journey.created, journey.where]);

  return (
    <FormPage
      title="Choose a passphrase"
      heading="Choose a passphrase"
      back="/new/where"
      form={form}
      onSubmit={async (v) => {
        const folder = journey.where === 'other' ? journey.folder : undefined;
        const created = await call('book.create', folder ? { folder, passphrase: v.passphrase } : { passphrase: v.passphrase });
        newBook.set({ created });
        navigate('/new/recovery-code', { replace: true });
      }}
      intro={
        <>
          <p className="body">Your passphrase locks your book. You will type it each time you open Carebook.</p>
          <ul className="list list--bullet">
            <li>use 3 or 4 random words, for example words you pick from a book</li>
            <li>do not use your name, your PAs&rsquo; names, or anything people know about you</li>
            <li>do not use a passphrase you use anywhere else</li>
          </ul>
        </>
      }
    >
      <PasswordInput
        label="Passphrase"
        hint="At least 12 characters. Spaces are fine."
        error={form.formState.errors.passphrase?.message}
        below={<PassphraseStrength value={typed ?? ''} />}
        {...form.register('passphrase')}
      />
      <PasswordInput label="Type your passphrase again" error={form.formState.errors.confirm?.message} {...form.register('confirm')} />
      <div className="inset-text">
        If you forget your passphrase, a recovery code can open your book instead. You will get it on the next page.
      </div>
      <Button busy={form.formState.isSubmitting} busyText="Making your book… this takes a few seconds">
        Create my book
      </Button>
    </FormPage>
  );
}
