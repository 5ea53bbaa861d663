import { z } from 'zod';
import { dateTimeInWords } from '../../lib/format.js';
import { useZodForm } from '../../lib/forms.js';
import { useApiMutation } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { absoluteFolder } from '../../shared.js';
import { Button, FolderField, FormPage } from '../../ui/index.js';

const schema = z.object({ backupFolder: absoluteFolder('The backup folder') });

/** Asked the first time someone backs up: where backups go. Then backs up straight away. */
export function BackupFolderPage() {
  const saveFolder = useApiMutation('settings.update');
  const backup = useSaveAndGo('book.backup');
  const form = useZodForm(schema, { backupFolder: '' });
  return (
    <FormPage
      title="Where should backups go?"
      heading="Where should backups go?"
      back="/backups"
      form={form}
      intro={
        <p className="body">
          Choose a folder on a USB stick or another drive if you can, so your backups are safe if this computer breaks.
        </p>
      }
      onSubmit={async (v) => {
        await saveFolder.mutateAsync({ backupFolder: v.backupFolder });
        await backup({}, { flash: (made) => `Your book has been backed up (${dateTimeInWords(made.createdAt)})`, to: '/backups', replace: true });
      }}
    >
      <FolderField form={form} name="backupFolder" label="Backup folder" dialogTitle="Choose a folder for backups" />
      <Button busy={form.formState.isSubmitting} busyText="Backing up…">
        Save and back up now
      </Button>
    </FormPage>
  );
}
