import { navigate, type Params } from '../../../app/router.js';
import { setFlash } from '../../../lib/flash.js';
import { useZodForm } from '../../../lib/forms.js';
import { useApiMutation, useApiQuery } from '../../../lib/queries.js';
import { api, type DocumentInfo } from '../../../shared.js';
import { Button, ErrorSummary, FormPage, Loading, StaticPage, TextInput } from '../../../ui/index.js';
import { documentsPath } from './document-words.js';

const schema = api['documents.rename'].input.pick({ label: true });

/** Change what a document is called (the file itself stays as it is). */
export function RenameDocumentPage({ params }: { params: Params }) {
  const workerId = params.id!;
  const back = documentsPath(workerId);
  const list = useApiQuery('documents.list', { workerId });
  if (list.isPending) return <Loading />;
  if (list.isError) {
    return (
      <StaticPage title="Rename a document" back={back}>
        <ErrorSummary items={[{ message: list.error.message }]} />
      </StaticPage>
    );
  }
  const doc = list.data.find((d) => d.id === params.docId);
  if (!doc) {
    return (
      <StaticPage title="This document is not in your book" back={back}>
        <p className="body">It may have been deleted. Go back to their documents.</p>
      </StaticPage>
    );
  }
  return <RenameForm doc={doc} back={back} />;
}

function RenameForm({ doc, back }: { doc: DocumentInfo; back: string }) {
  const rename = useApiMutation('documents.rename', ['documents.list']);
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
