import { z } from 'zod';
import { navigate } from '../../app/router.js';
import { call } from '../../lib/api.js';
import { setFlash } from '../../lib/flash.js';
import { dateTimeInWords } from '../../lib/format.js';
import { useZodForm } from '../../lib/forms.js';
import { useQueryClient } from '@tanstack/react-query';
import { absoluteFolder } from '../../shared.js';
import { Button, FormPage } from '../../ui/index.js';
import { FolderField } from '../start/FolderField.js';

const schema = z.object({ backupFolder: absoluteFolder('The backup folder') });

/** Asked the first time someone backs up: where backups go. Then backs up straight away. */
export function BackupFolderPage() {
  const client = useQueryClient();
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
        await call('settings.update', { backupFolder: v.backupFolder });
        const made = await call('book.backup', {});
        await client.invalidateQueries();
        setFlash(`Your book has been backed up (${dateTimeInWords(made.createdAt)})`);
        navigate('/backups', { replace: true });
      }}
    >
      <FolderField form={form} name="backupFolder" label="Backup folder" dialogTitle="Choose a folder for backups" />
      <Button busy={form.formState.isSubmitting} busyText="Backing up…">
        Save and back up now
      </Button>
    </FormPage>
  );
}
