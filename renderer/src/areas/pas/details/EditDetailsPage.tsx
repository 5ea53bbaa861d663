import { savedValues, useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { workersApi } from '../../../shared.js';
import { Button, FormPage } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { paPath } from '../paths.js';
import { DetailsFields } from './DetailsFields.js';

const schema = workersApi['workers.update'].input;

export function EditDetailsPage() {
  const w = usePa();
  const form = useZodForm(schema, savedValues(schema, w));
  const update = useSaveAndGo('workers.update');
  const back = paPath(w.id);
  return (
    <FormPage
      title={`Change ${w.fullName}’s details`}
      heading={`Change ${w.fullName}’s details`}
      back={back}
      form={form}
      onSubmit={(values) => update(values, { flash: 'Their details have been saved', to: back })}
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
