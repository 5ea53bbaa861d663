import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveSettings } from './save-settings.js';
import { settingsSchema, type Settings } from '../../shared.js';
import { Button, FolderField, FormPage, Loading, Radios, TextInput } from '../../ui/index.js';

// The core's rules for these settings; "yes"/"no" radios and an empty folder are the form's own words.
const schema = z
  .object({ backupFolder: z.string(), backupsToKeep: z.unknown(), backupOnLock: z.enum(['yes', 'no'], { error: 'Say whether to back up when the book locks' }) })
  .transform((v) => ({ backupFolder: v.backupFolder.trim() === '' ? null : v.backupFolder, backupsToKeep: v.backupsToKeep, backupOnLock: v.backupOnLock === 'yes' }))
  .pipe(settingsSchema.pick({ backupFolder: true, backupsToKeep: true, backupOnLock: true }));

export function BackupSettingsPage() {
  const settings = useApiQuery('settings.get', {});
  if (!settings.data) return <Loading />;
  return <BackupSettingsForm settings={settings.data} />;
}

function BackupSettingsForm({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  const form = useZodForm(schema, {
    backupFolder: settings.backupFolder ?? '',
    backupsToKeep: String(settings.backupsToKeep),
    backupOnLock: settings.backupOnLock ? 'yes' : 'no',
  });
  const err = form.formState.errors;
  return (
    <FormPage
      title="Backups"
      heading="Backup settings"
      back="/settings"
      form={form}
      onSubmit={(v) => save(v)}
    >
      <FolderField
        form={form}
        name="backupFolder"
        label="Backup folder"
        hint="Best on a USB stick or another drive, so a backup survives if this computer breaks. Leave empty to choose later."
        dialogTitle="Choose a folder for backups"
      />
      <TextInput
        label="How many backups to keep"
        hint="Older ones are removed when there are more than this. A whole number from 1 to 100."
        width={3}
        inputMode="numeric"
        error={err.backupsToKeep?.message}
        {...form.register('backupsToKeep', { setValueAs: (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? NaN : Number(v)) : v) })}
      />
      <Radios
        legend="Make a backup each time your book locks?"
        field={form.register('backupOnLock')}
        value={form.watch('backupOnLock')}
        error={err.backupOnLock?.message}
        inline
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />
      <Button>Save</Button>
    </FormPage>
  );
}
