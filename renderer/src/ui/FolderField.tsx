import type { UseFormReturn, FieldValues, Path, PathValue } from 'react-hook-form';
import { chooseFolder } from '../lib/host.js';
import { TextInput } from './TextInput.js';

/**
 * A folder path: typed, or picked with the computer's own folder dialog. Typing is always
 * possible, because some people find dialogs hard with a switch or voice control.
 */
export function FolderField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  dialogTitle,
}: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  hint?: string;
  dialogTitle: string;
}) {
  const error = form.getFieldState(name, form.formState).error?.message;
  const pick = async () => {
    const folder = await chooseFolder(dialogTitle).catch(() => null);
    if (folder) form.setValue(name, folder as PathValue<T, Path<T>>, { shouldDirty: true });
  };
  return (
    <TextInput
      label={label}
      hint={hint}
      error={error}
      spellCheck={false}
      autoComplete="off"
      after={
        <button type="button" className="button button--secondary" onClick={() => void pick()}>
          Choose folder
        </button>
      }
      {...form.register(name)}
    />
  );
}
