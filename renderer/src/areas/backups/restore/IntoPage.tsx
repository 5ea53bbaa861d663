import { navigate } from '../../../lib/router/index.js';
import { useZodForm } from '../../../lib/forms.js';
import { api } from '../../../shared.js';
import { Button, FolderField, FormPage } from '../../../ui/index.js';
import { restoreJourney } from './journey.js';

const schema = api['book.restore'].input.pick({ into: true });

export function IntoPage() {
  const form = useZodForm(schema, { into: restoreJourney.get().into });
  return (
    <FormPage
      title="Where should the restored book go?"
      heading="Where should the restored book go?"
      caption="Restore a backup"
      back={restoreJourney.get().startedFrom}
      form={form}
      onSubmit={(v) => {
        restoreJourney.set({ into: v.into });
        navigate('/restore/unlock');
      }}
      intro={
        <p className="body">
          The restored book goes into a new, empty folder. Your current book is kept where it is, so nothing is lost.
        </p>
      }
    >
      <FolderField form={form} name="into" label="New folder for the restored book" hint="An empty folder. Type its full path, or choose it." dialogTitle="Choose a new, empty folder" />
      <Button>Continue</Button>
    </FormPage>
  );
}
