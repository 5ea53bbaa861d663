import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateInput } from './DateInput.js';

/** The three-box date input wired to a react-hook-form field (its value is YYYY-MM-DD or ''). */
export function DateField<T extends FieldValues, O>({
  control,
  name,
  legend,
  hint = 'For example, 27 3 2026',
}: {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
  legend: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateInput
          name={name}
          legend={legend}
          hint={hint}
          error={fieldState.error?.message}
          value={field.value as string | undefined}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
