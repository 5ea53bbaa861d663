import { setFlash } from '../../../lib/flash.js';
import { useZodForm } from '../../../lib/forms.js';
import { useApiMutation } from '../../../lib/queries.js';
import { navigate } from '../../../lib/router/index.js';
import { api, type DocumentInfo } from '../../../shared.js';
import { Button, FormPage, TextInput } from '../../../ui/index.js';
import { WithDocument } from './WithDocument.js';

const schema = api['documents.rename'].input.pick({ label: true });

/** Change what a document is called (the file itself stays as it is). */
export function RenameDocumentPage({ params }: { params: { docId: string } }) {
  return (
    <WithDocument docId={params.docId} title="Rename a document">
      {(doc, back) => <RenameForm doc={doc} back={back} />}
    </WithDocument>
  );
}

function RenameForm({ doc, back }: { doc: DocumentInfo; back: string }) {
  const rename = useApiMutation('documents.rename');
  const form = useZodForm(schema, { label: doc.label });
  return (
    <FormPage
      title="Rename a document"
      heading="Rename a document"
      back={back}
      form={form}
      onSubmit={async ({ label }) => {
        await rename.mutateAsync({ id: doc.id, label });
        setFlash('The document has been renamed');
        navigate(back);
      }}
      intro={
        <p className="body">
          The file <span className="path">{doc.fileName}</span> stays as it is. This changes only what Carebook calls it.
        </p>
      }
    >
      <TextInput label="What the document is" autoComplete="off" error={form.formState.errors.label?.message} {...form.register('label')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
