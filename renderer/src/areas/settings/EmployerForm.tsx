import type { ReactNode } from 'react';
import { savedValues, useZodForm } from '../../lib/forms.js';
import { employerSchema, type EmployerDetails, type EmployerProfile } from '../../shared.js';
import { Button, FormPage, Radios, TextInput } from '../../ui/index.js';

const EMPTY = { name: '', actingFor: '', addressLine1: '', addressLine2: '', town: '', postcode: '', phone: '', email: '' };

/** The employer profile, used in the new-book journey and in Settings. */
export function EmployerForm({
  title,
  intro,
  initial,
  back,
  submitLabel = 'Save',
  onSave,
  secondary,
}: {
  title: string;
  intro?: ReactNode;
  initial: EmployerProfile | null;
  back?: string;
  submitLabel?: string;
  onSave: (values: EmployerDetails) => Promise<void>;
  secondary?: ReactNode;
}) {
  // Only this form's fields: the other sections of the profile are saved by their own pages.
  const form = useZodForm(employerSchema, savedValues(employerSchema, initial ?? EMPTY));
  const kind = form.watch('kind');
  const err = form.formState.errors;
  const text = (name: keyof typeof EMPTY, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput label={label} error={err[name]?.message} {...extra} {...form.register(name)} />
  );
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={onSave}
      intro={intro ? <p className="body">{intro}</p> : undefined}
    >
      <Radios
        legend="Who employs your PAs?"
        field={form.register('kind')}
        value={kind}
        error={err.kind?.message}
        options={[
          { value: 'individual', label: 'I do: I employ my own PAs' },
          {
            value: 'representative',
            label: 'I employ PAs for someone else',
            hint: 'For example, as their family member, appointee or deputy.',
            conditional: text('actingFor', 'Name of the person you employ PAs for', { autoComplete: 'off' }),
          },
          { value: 'agency', label: 'An organisation or agency' },
        ]}
      />
      {text('name', 'Your name, or the name of your organisation', { autoComplete: 'name' })}
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Your address</legend>
        {/* What Home asks for (employer/rules.ts): the statement must give the employer's address; phone and email are optional. */}
        <div className="hint">Your PAs’ written statements must give it. You can leave it for now: Home will remind you.</div>
        {text('addressLine1', 'Address line 1', { autoComplete: 'address-line1' })}
        {text('addressLine2', 'Address line 2 (optional)', { autoComplete: 'address-line2' })}
        {text('town', 'Town or city', { autoComplete: 'address-level2', width: 20 })}
        {text('postcode', 'Postcode', { autoComplete: 'postal-code', width: 10 })}
      </fieldset>
      {text('phone', 'Phone number (optional)', { autoComplete: 'tel', type: 'tel', width: 20 })}
      {text('email', 'Email address (optional)', { autoComplete: 'email', type: 'email', spellCheck: false })}
      <div className="button-group">
        <Button busy={form.formState.isSubmitting} busyText="Saving…">
          {submitLabel}
        </Button>
        {secondary}
      </div>
    </FormPage>
  );
}
