import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { fieldId } from '../lib/forms.js';
import { describedBy, ErrorMessage, FormGroup, Hint } from './Field.js';

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Extra question shown only while this option is chosen (GOV.UK conditional reveal). */
  conditional?: ReactNode;
}

interface Props {
  /** From react-hook-form's register(name). */
  field: UseFormRegisterReturn;
  legend: ReactNode;
  /** Set when the legend is the page's question (one question per page). */
  legendIsHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  options: RadioOption[];
  /** The chosen value (from watch), to show the chosen option's conditional question. */
  value?: string | undefined;
  inline?: boolean;
}

export function Radios({ field, legend, legendIsHeading, hint, error, options, value, inline }: Props) {
  const id = fieldId(field.name);
  return (
    <FormGroup error={error}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend id={`${id}-legend`} className={legendIsHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          {legend}
        </legend>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} error={error} />
        {/* When the legend is the page's h1, focus starts inside the fieldset, so a screen reader
            moving on to the first radio does not say the question (Orca: "The usual place…
            radio button", heard in test/e2e/heard/). The radios' own group, named by the same
            legend, is entered then, and the question is said. */}
        <div
          className={inline ? 'radios radios--inline' : 'radios'}
          {...(legendIsHeading ? { role: 'radiogroup', 'aria-labelledby': `${id}-legend` } : {})}
        >
          {options.map((o, i) => {
            // The first radio carries the field's id, so the error summary can link to it.
            const optionId = i === 0 ? id : `${id}-${o.value}`;
            return (
              <div key={o.value}>
                <div className="radios__item">
                  <input
                    className="radios__input"
                    id={optionId}
                    type="radio"
                    value={o.value}
                    aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
                    {...field}
                  />
                  <label className="label radios__label" htmlFor={optionId}>
                    {o.label}
                  </label>
                  {o.hint && (
                    <div id={`${optionId}-item-hint`} className="hint radios__hint">
                      {o.hint}
                    </div>
                  )}
                </div>
                {o.conditional && value === o.value && <div className="radios__conditional">{o.conditional}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
