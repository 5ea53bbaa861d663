import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { trainingSettingsSchema, type TrainingSettings } from '../../shared.js';
import { Button, FormPage, Loading, TextInput } from '../../ui/index.js';

const formSchema = trainingSettingsSchema.extend({
  dueWithinDays: z.string().trim().regex(/^\d+$/, { error: 'Days before expiry to count as due must be a whole number' }).transform(Number).pipe(trainingSettingsSchema.shape.dueWithinDays),
});

export function SettingsPage() {
  const settings = useApiQuery('training.settings', {});
  if (!settings.data) return <Loading />;
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: TrainingSettings }) {
  const form = useZodForm(formSchema, { localEstId: settings.localEstId, dueWithinDays: String(settings.dueWithinDays) } as never);
  const save = useSaveAndGo('training.saveSettings');
  return (
    <FormPage title="Training settings" heading="Training settings" back="/training/asc-wds" form={form} onSubmit={(v) => save(v, { flash: 'Training settings saved', to: '/training' })}>
      <TextInput
        label="How many days before training runs out should it count as due soon?"
        width={3}
        inputMode="numeric"
        error={form.formState.errors.dueWithinDays?.message}
        {...form.register('dueWithinDays')}
      />
      <TextInput
        label="ASC-WDS workplace ID (optional)"
        hint="Your workplace's local ID in ASC-WDS (LOCALESTID). Agencies need it for the ASC-WDS files."
        width={20}
        error={form.formState.errors.localEstId?.message}
        {...form.register('localEstId')}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
