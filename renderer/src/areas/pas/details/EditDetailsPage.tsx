import { navigate, type Params } from '../../../app/router.js';
import { setFlash } from '../../../lib/flash.js';
import { useZodForm } from '../../../lib/forms.js';
import { useApiMutation } from '../../../lib/queries.js';
import { workersApi, type Worker } from '../../../shared.js';
import { Button, FormPage } from '../../../ui/index.js';
import { paPath } from '../PaPage.js';
import { WithWorker } from '../WithWorker.js';
import { DetailsFields, detailsOf } from './DetailsFields.js';

const schema = workersApi['workers.update'].input;

export function EditDetailsPage({ params }: { params: Params }) {
  return <WithWorker id={params.id!}>{(w) => <EditDetails w={w} />}</WithWorker>;
}

function EditDetails({ w }: { w: Worker }) {
  const form = useZodForm(schema, { ...detailsOf(w), id: w.id });
  const update = useApiMutation('workers.update', ['workers.get', 'workers.list', 'attention.list']);
  const back = paPath(w.id);
  return (
    <FormPage
      title={`Change ${w.fullName}’s details`}
      heading={`Change ${w.fullName}’s details`}
      back={back}
      form={form}
      onSubmit={async (values) => {
        await update.mutateAsync(values);
        setFlash('Their details have been saved');
        navigate(back);
      }}
    >
      <DetailsFields
        form={form as never}
        startLegend={w.status === 'applicant' ? 'Planned start date (optional)' : w.status === 'active' ? 'Start date' : 'Start date (optional)'}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
