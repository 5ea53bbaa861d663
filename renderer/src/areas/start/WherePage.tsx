import { z } from 'zod';
import { navigate } from '../../lib/router/index.js';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { absoluteFolder } from '../../shared.js';
import { Button, FolderField, FormPage, PageHeading, Radios } from '../../ui/index.js';
import { newBook } from './journey.js';

// The core's own folder rule, applied only when "another folder" is chosen.
const folderRule = absoluteFolder('The folder for your book');
const schema = z
  .object({
    where: z.enum(['usual', 'other'], { error: 'Choose where to keep your book' }),
    folder: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.where !== 'other') return;
    const r = folderRule.safeParse(v.folder);
    if (!r.success) ctx.addIssue({ code: 'custom', path: ['folder'], message: r.error.issues[0]!.message });
  });

export function WherePage() {
  const status = useApiQuery('book.status', {});
  const saved = newBook.get();
  const form = useZodForm(schema, { where: saved.where, folder: saved.folder });
  const where = form.watch('where');
  return (
    <FormPage
      title="Where do you want to keep your book?"
      back="/"
      form={form}
      onSubmit={(v) => {
        newBook.set({ where: v.where, folder: v.where === 'other' ? v.folder.trim() : '' });
        navigate('/new/passphrase');
      }}
    >
      <Radios
        legendIsHeading
        legend={<PageHeading>Where do you want to keep your book?</PageHeading>}
        hint="Your book is one folder. Most people keep it in the usual place."
        field={form.register('where')}
        value={where}
        error={form.formState.errors.where?.message}
        options={[
          {
            value: 'usual',
            label: 'The usual place on this computer',
            hint: <span className="path">{status.data?.defaultFolder}</span>,
          },
          {
            value: 'other',
            label: 'Another folder',
            hint: 'For example, a folder that your own backup already copies.',
            conditional: (
              <FolderField form={form} name="folder" label="Folder for your book" hint="An empty folder. Type its full path, or choose it." dialogTitle="Choose a folder for your book" />
            ),
          },
        ]}
      />
      <Button>Continue</Button>
    </FormPage>
  );
}
