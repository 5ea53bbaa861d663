import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { fieldId } from '../lib/forms.js';
import { describedBy, FieldLabel, FormGroup } from './Field.js';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A box for a few sentences (GOV.UK textarea). Use with react-hook-form's register(name). */
export function Textarea({ name, label, hint, error, rows = 4, className, ref, ...rest }: Props) {
  const id = fieldId(name);
  return (
    <FormGroup error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
      <textarea
        ref={ref}
        id={id}
        name={name}
        rows={rows}
        className={`textarea ${error ? 'input--error' : ''} ${className ?? ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </FormGroup>
  );
}
