import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { fieldId } from '../lib/forms.js';
import { describedBy, FieldLabel, FormGroup } from './Field.js';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Width in characters, so the box hints at the expected answer (GOV.UK fixed widths). */
  width?: 'full' | 30 | 20 | 10 | 5 | 4 | 3 | 2;
  /** A button or note shown right after the box, e.g. "Choose folder". */
  after?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

export function TextInput({ name, label, hint, error, width = 'full', after, className, ref, ...input }: Props) {
  const id = fieldId(name);
  return (
    <FormGroup error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
      <input
        ref={ref}
        id={id}
        name={name}
        type="text"
        className={`input input--width-${width} ${error ? 'input--error' : ''} ${className ?? ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      {after && <div className="input-after">{after}</div>}
    </FormGroup>
  );
}
