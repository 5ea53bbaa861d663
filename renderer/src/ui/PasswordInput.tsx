import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { fieldId } from '../lib/forms.js';
import { describedBy, FieldLabel, FormGroup } from './Field.js';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown under the box, e.g. live strength feedback. */
  below?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/** A passphrase box with a Show / Hide button (GOV.UK password input), so people can check what they typed. */
export function PasswordInput({ name, label, hint, error, below, ref, ...input }: Props) {
  const id = fieldId(name);
  const [shown, setShown] = useState(false);
  return (
    <FormGroup error={error}>
      <FieldLabel id={id} label={label} hint={hint} error={error} />
      <div className="password-input">
        <input
          ref={ref}
          id={id}
          name={name}
          type={shown ? 'text' : 'password'}
          className={`input input--width-30 password-input__input ${error ? 'input--error' : ''}`}
          aria-describedby={describedBy(id, hint, error, below ? `${id}-below` : undefined)}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...input}
        />
        <button
          type="button"
          className="button button--secondary password-input__toggle"
          aria-controls={id}
          aria-label={shown ? 'Hide passphrase' : 'Show passphrase'}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {shown ? 'Your passphrase is visible' : 'Your passphrase is hidden'}
      </div>
      {below && <div id={`${id}-below`}>{below}</div>}
    </FormGroup>
  );
}
