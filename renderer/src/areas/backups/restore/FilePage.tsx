import { navigate } from '../../../lib/router/index.js';
import { chooseFile } from '../../../lib/host.js';
import { useZodForm } from '../../../lib/forms.js';
import { api } from '../../../shared.js';
import { Button, FormPage, TextInput } from '../../../ui/index.js';
import { restoreJourney } from './journey.js';
import { useRestoreExit } from './exit.js';

const schema = api['book.restore'].input.pick({ file: true });

export function FilePage() {
  const back = useRestoreExit();
  const form = useZodForm(schema, { file: restoreJourney.get().file });
  const pick = async () => {
    const file = await chooseFile('Choose a Carebook backup').catch(() => null);
    if (file) form.setValue('file', file);
  };
  return (
    <FormPage
      title="Which backup do you want to restore?"
      heading="Which backup do you want to restore?"
      caption="Restore a backup"
      back={back}
      form={form}
      onSubmit={(v) => {
        restoreJourney.set({ file: v.file, restored: null });
        navigate('/restore/where');
      }}
      intro={<p className="body">A Carebook backup is one file. Its name starts with &ldquo;carebook&rdquo;.</p>}
    >
      <TextInput
        label="Backup file"
        hint="Type the file's full path, or choose it."
        spellCheck={false}
        autoComplete="off"
        error={form.formState.errors.file?.message}
        after={
          <button type="button" className="button button--secondary" onClick={() => void pick()}>
            Choose file
          </button>
        }
        {...form.register('file')}
      />
      <Button>Continue</Button>
    </FormPage>
  );
}
