import type { ReactNode } from 'react';
import { dateParts, joinDate } from '../lib/format.js';
import { fieldId } from '../lib/forms.js';
import { describedBy, ErrorMessage, FormGroup, Hint } from './Field.js';

interface Props {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** YYYY-MM-DD (or the raw parts joined, while the person is typing). */
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

/**
 * A date typed as day, month and year in three boxes (GOV.UK date input): easier than a
 * calendar picker with a keyboard, switch or voice. Use with react-hook-form's Controller;
 * the shared isoDate() schema says what is wrong with an impossible date.
 */
export function DateInput({ name, legend, hint, error, value, onChange, onBlur }: Props) {
  const id = fieldId(name);
  const parts = dateParts(value);
  // Keep what was typed even when it is not yet a real date.
  if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y = '', m = '', d = ''] = value.split('-');
    Object.assign(parts, { day: d, month: m, year: y });
  }
  const set = (part: 'day' | 'month' | 'year', v: string) => onChange(joinDate({ ...parts, [part]: v }));
  const box = (part: 'day' | 'month' | 'year', label: string, width: 2 | 4) => (
    <div className="date-input__item">
      <label className="label date-input__label" htmlFor={part === 'day' ? id : `${id}-${part}`}>
        {label}
      </label>
      <input
        id={part === 'day' ? id : `${id}-${part}`}
        className={`input input--width-${width} ${error ? 'input--error' : ''}`}
        inputMode="numeric"
        value={parts[part]}
        onChange={(e) => set(part, e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
  return (
    <FormGroup error={error}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} error={error} />
        <div className="date-input">
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
        </div>
      </fieldset>
    </FormGroup>
  );
}
