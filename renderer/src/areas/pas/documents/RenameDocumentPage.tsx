import { useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
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
  const rename = useSaveAndGo('documents.rename');
  const form = useZodForm(schema, { label: doc.label });
  return (
    <FormPage
      title="Rename a document"
      heading="Rename a document"
      back={back}
      form={form}
      onSubmit={({ label }) => rename({ id: doc.id, label }, { flash: 'The document has been renamed', to: back })}
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
