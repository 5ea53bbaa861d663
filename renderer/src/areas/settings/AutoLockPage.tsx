import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveSettings } from './save-settings.js';
import { settingsSchema, type Settings } from '../../shared.js';
import { Button, FormPage, Loading, TextInput } from '../../ui/index.js';

const schema = settingsSchema.pick({ autoLockMinutes: true });

export function AutoLockPage() {
  const settings = useApiQuery('settings.get', {});
  if (!settings.data) return <Loading />;
  return <AutoLockForm settings={settings.data} />;
}

function AutoLockForm({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  const form = useZodForm(schema, { autoLockMinutes: settings.autoLockMinutes });
  return (
    <FormPage
      title="When should your book lock itself?"
      heading="When should your book lock itself?"
      back="/settings"
      form={form}
      onSubmit={(v) => save(v)}
      intro={
        <p className="body">
          If nobody uses Carebook for a while, it locks your book so nobody else can read it. A short time is safer. A
          longer time suits you if you take breaks while you work.
        </p>
      }
    >
      <TextInput
        label="Lock after this many minutes"
        hint="A whole number from 1 to 240. For example, 5."
        width={3}
        inputMode="numeric"
        error={form.formState.errors.autoLockMinutes?.message}
        {...form.register('autoLockMinutes', { setValueAs: (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v)) })}
      />
      <Button>Save</Button>
    </FormPage>
  );
}
