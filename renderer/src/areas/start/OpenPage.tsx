import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared.js';
import { navigate } from '../../lib/router/index.js';
import { call } from '../../lib/api.js';
import { useZodForm } from '../../lib/forms.js';
import { queryKey } from '../../lib/queries.js';
import { Button, FolderField, FormPage } from '../../ui/index.js';

/** Point Carebook at a book that is already on this computer (or a USB stick). */
export function OpenPage() {
  const client = useQueryClient();
  const form = useZodForm(api['book.open'].input, { folder: '' });
  return (
    <FormPage
      title="Open a book you already have"
      heading="Open a book you already have"
      back="/"
      form={form}
      onSubmit={async (v) => {
        const status = await call('book.open', v);
        navigate('/', { replace: true });
        client.setQueryData(queryKey('book.status', {}), status);
      }}
      intro={<p className="body">Your book is a folder. Tell Carebook where it is. You will then unlock it with its passphrase.</p>}
    >
      <FolderField form={form} name="folder" label="Folder of your book" dialogTitle="Choose the folder of your book" />
      <Button>Open this book</Button>
    </FormPage>
  );
}
