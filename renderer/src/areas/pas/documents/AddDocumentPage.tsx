import { isApiError } from '../../../lib/api.js';
import { useZodForm } from '../../../lib/forms.js';
import { chooseFile } from '../../../lib/host.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { api, DOCUMENT_KINDS, type DocumentKind } from '../../../shared.js';
import { Button, FormPage, Radios, TextInput } from '../../../ui/index.js';
import { checksTab } from '../checks/paths.js';
import { usePa } from '../pa-context.js';
import { baseName, DOCUMENT_KIND_WORDS, documentsPath, MAX_SIZE_WORDS } from './document-words.js';

/** The core's own rules for the three things asked here; the PA and the link come from the route. */
const schema = api['documents.add'].input.pick({ kind: true, label: true, path: true });

function isKind(k: string | undefined): k is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(k ?? '');
}

/**
 * Copy a file into the book. The file is chosen with the computer's own dialog, or its full
 * path typed (some people find dialogs hard with a switch or voice control). The route may say
 * what kind it is and what it belongs to, e.g. "Attach the signed copy" from the Contract tab.
 */
export function AddDocumentPage({ params }: { params: { kind?: string | undefined; linkedId?: string | undefined } }) {
  const w = usePa();
  return (
    <AddDocumentForm
      workerId={w.id}
      name={w.fullName}
      kind={isKind(params.kind) ? params.kind : undefined}
      linkedId={params.linkedId ?? ''}
    />
  );
}

/** Kinds that belong to a check, so attaching one from a check's card goes back to the Checks tab. */
const CHECK_DOCUMENT_KINDS: readonly DocumentKind[] = ['right-to-work', 'dbs', 'reference', 'interview'];

/**
 * A check's copy goes back to the Checks tab, where it is shown under its check. Anything else,
 * the signed statement included, goes to the Documents tab, which lists it.
 */
function backTo(workerId: string, kind: DocumentKind | undefined, linkedId: string): string {
  if (linkedId && kind && CHECK_DOCUMENT_KINDS.includes(kind)) return checksTab(workerId);
  return documentsPath(workerId);
}

function AddDocumentForm({ workerId, name, kind, linkedId }: { workerId: string; name: string; kind: DocumentKind | undefined; linkedId: string }) {
  const add = useSaveAndGo('documents.add');
  const form = useZodForm(schema, {
    ...(kind ? { kind } : {}),
    label: kind === 'signed-statement' ? 'Signed written statement' : '',
    path: '',
  });
  const err = form.formState.errors;
  const path = form.watch('path');
  const back = backTo(workerId, kind, linkedId);

  const pick = async () => {
    const file = await chooseFile('Choose the file to add').catch(() => null);
    if (file) form.setValue('path', file, { shouldDirty: true });
  };

  return (
    <FormPage
      title="Add a document"
      heading="Add a document"
      caption={name}
      back={back}
      form={form}
      onSubmit={(v) => add({ workerId, ...v, linkedId }, { flash: (doc) => `“${doc.label}” has been added`, to: back })}
      onError={(e) => {
        // A refusal about the file itself (too big, not a kind Carebook keeps, cannot be read)
        // belongs to the file question, so the summary links straight to it.
        if (!isApiError(e, 'invalid_input', 'folder_problem', 'foreign_file')) return false;
        if (e.fields && Object.keys(e.fields).some((f) => f !== 'path')) return false;
        form.setError('path', { type: 'server', message: e.fields?.path ?? e.message });
        return true;
      }}
      intro={
        <p className="body">
          Carebook keeps a copy inside your book, locked with it. You can add files up to {MAX_SIZE_WORDS}: PDF, photos
          (JPEG, PNG, HEIC), Word documents or text files.
        </p>
      }
    >
      <Radios
        legend="What kind of document is it?"
        field={form.register('kind')}
        value={form.watch('kind')}
        error={err.kind?.message}
        options={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_WORDS[k].label, hint: DOCUMENT_KIND_WORDS[k].hint }))}
      />
      <TextInput
        label="What the document is"
        hint="So you can find it again. For example, Passport, photo page."
        autoComplete="off"
        error={err.label?.message}
        {...form.register('label')}
      />
      <TextInput
        label="File"
        hint={`Choose the file, or type where it is on this computer. Up to ${MAX_SIZE_WORDS}.`}
        spellCheck={false}
        autoComplete="off"
        error={err.path?.message}
        after={
          <>
            <button type="button" className="button button--secondary" onClick={() => void pick()}>
              Choose file
            </button>
            <p className="body document-chosen" aria-live="polite">
              {path ? (
                <>
                  Chosen: <strong className="path">{baseName(path)}</strong>
                </>
              ) : (
                'No file chosen yet.'
              )}
            </p>
          </>
        }
        {...form.register('path')}
      />
      <Button busy={form.formState.isSubmitting} busyText="Adding… this can take a moment for big files">
        Add
      </Button>
    </FormPage>
  );
}
