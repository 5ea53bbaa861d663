import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { fieldId } from '../lib/forms.js';
import { describedBy, FieldLabel, FormGroup } from './Field.js';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: { value: string; label: string }[];
  ref?: Ref<HTMLSelectElement>;
};

/**
 * A choice from a list too long for radios (GOV.UK select), such as a filter. The computer's own
 * control: arrow keys, type-ahead and voice control work as everywhere else.
 */
export function Select({ name, label, hint, error, options, className, ref, ...select }: Props) {
  const id = fieldId(name);
  return (
    <FormGroup error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
      <select
        ref={ref}
        id={id}
        name={name}
        className={`select ${error ? 'input--error' : ''} ${className ?? ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
