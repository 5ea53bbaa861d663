import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { fieldId } from '../lib/forms.js';
import { ErrorMessage, FormGroup } from './Field.js';

/** One checkbox that says "yes, I have done this" (GOV.UK single checkbox). */
export function Checkbox({ field, label, error }: { field: UseFormRegisterReturn; label: ReactNode; error?: string | undefined }) {
  const id = fieldId(field.name);
  return (
    <FormGroup error={error}>
      <ErrorMessage id={id} error={error} />
      <div className="checkboxes__item">
        <input
          className="checkboxes__input"
          id={id}
          type="checkbox"
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
          {...field}
        />
        <label className="label checkboxes__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </FormGroup>
  );
}
