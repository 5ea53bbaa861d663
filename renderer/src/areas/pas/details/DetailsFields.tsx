import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { workerDetailsSchema, WorkerDetails } from '../../../shared.js';
import { DateField, TextInput } from '../../../ui/index.js';
import { YoungWorkerWarning } from './YoungWorkerWarning.js';

export type DetailsIn = z.input<typeof workerDetailsSchema>;
type Form = UseFormReturn<DetailsIn, unknown, WorkerDetails>;

export const EMPTY_DETAILS: Required<DetailsIn> = {
  fullName: '',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '',
  niNumber: '',
  phone: '',
  email: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  emergencyName: '',
  emergencyRelationship: '',
  emergencyPhone: '',
  jobTitle: '',
  startDate: '',
};

/**
 * The questions about a PA themselves, grouped as a person would fill them in. Used by "Add a
 * PA" and "Change their details"; `job` is where the add page puts its extra question.
 */
export function DetailsFields({
  form,
  job,
  showStartDate = true,
  startLegend = 'Start date (optional)',
}: {
  form: Form;
  job?: ReactNode;
  showStartDate?: boolean;
  startLegend?: string;
}) {
  const err = form.formState.errors;
  const text = (name: keyof DetailsIn, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput label={label} error={err[name]?.message} {...extra} {...form.register(name)} />
  );
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">About them</legend>
        {text('fullName', 'Full name', { autoComplete: 'off', spellCheck: false })}
        {text('preferredName', 'Preferred name (optional)', { hint: 'What they like to be called, if it is different.', autoComplete: 'off', spellCheck: false, width: 20 })}
        {text('pronouns', 'Pronouns (optional)', { hint: 'For example, she/her, he/him or they/them.', autoComplete: 'off', width: 20 })}
        <DateField control={form.control} name="dateOfBirth" legend="Date of birth (optional)" hint="For example, 27 3 1990" />
        <YoungWorkerWarning dateOfBirth={form.watch('dateOfBirth')} startDate={form.watch('startDate')} />
        {text('niNumber', 'National Insurance number (optional)', {
          hint: 'It’s on their payslip or letters about tax. For example, QQ 12 34 56 C.',
          autoComplete: 'off',
          spellCheck: false,
          width: 20,
          className: 'input--code',
        })}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Their job</legend>
        {text('jobTitle', 'Job title (optional)', { hint: 'For example, Personal assistant.', autoComplete: 'off' })}
        {job}
        {showStartDate && <DateField control={form.control} name="startDate" legend={startLegend} hint="For example, 5 1 2026" />}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Contact details</legend>
        {text('phone', 'Phone number (optional)', { type: 'tel', autoComplete: 'off', width: 20 })}
        {text('email', 'Email address (optional)', { type: 'email', autoComplete: 'off', spellCheck: false })}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Address</legend>
        {text('addressLine1', 'Address line 1 (optional)', { autoComplete: 'off' })}
        {text('addressLine2', 'Address line 2 (optional)', { autoComplete: 'off' })}
        {text('town', 'Town or city (optional)', { autoComplete: 'off', width: 20 })}
        {text('postcode', 'Postcode (optional)', { autoComplete: 'off', width: 10, className: 'input--code' })}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend fieldset__legend--m">Emergency contact</legend>
        <div className="hint">Who to call if something happens to them while they are working.</div>
        {text('emergencyName', 'Emergency contact’s name (optional)', { autoComplete: 'off' })}
        {text('emergencyRelationship', 'Their relationship to the PA (optional)', { hint: 'For example, partner or mother.', autoComplete: 'off', width: 20 })}
        {text('emergencyPhone', 'Emergency contact’s phone number (optional)', { type: 'tel', autoComplete: 'off', width: 20 })}
      </fieldset>
    </>
  );
}
