import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { fieldId } from '../lib/forms.js';
import { describedBy, ErrorMessage, FormGroup, Hint } from './Field.js';

export interface CheckboxItem {
  /** From react-hook-form's register(name) for a boolean field. */
  field: UseFormRegisterReturn;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * Several yes/no boxes under one question (GOV.UK checkboxes, "select all that apply").
 * Each box is its own boolean field; `name` ties the group's hint and error together.
 */
export function Checkboxes({ name, legend, hint, error, items }: { name: string; legend: ReactNode; hint?: ReactNode; error?: string | undefined; items: CheckboxItem[] }) {
  const id = fieldId(name);
  return (
    <FormGroup error={error}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id} error={error} />
        {items.map((item) => {
          const itemId = fieldId(item.field.name);
          return (
            <div className="checkboxes__item" key={item.field.name}>
              <input
                className="checkboxes__input"
                id={itemId}
                type="checkbox"
                aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                {...item.field}
              />
              <label className="label checkboxes__label" htmlFor={itemId}>
                {item.label}
              </label>
              {item.hint && (
                <div id={`${itemId}-item-hint`} className="hint radios__hint">
                  {item.hint}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
    </FormGroup>
  );
}
