import { useZodForm } from '../../lib/forms.js';
import { useSaveAndGo } from '../../lib/save.js';
import { workersApi } from '../../shared.js';
import { Button, DateField, FormPage, Radios } from '../../ui/index.js';
import { DetailsFields, EMPTY_DETAILS } from './details/DetailsFields.js';
import { paPath } from './paths.js';

const schema = workersApi['workers.create'].input;

export function AddPaPage() {
  const form = useZodForm(schema, EMPTY_DETAILS);
  const create = useSaveAndGo('workers.create');
  const status = form.watch('status');
  return (
    <FormPage
      title="Add a PA"
      heading="Add a PA"
      back="/pas"
      form={form}
      onSubmit={async (values) => {
        // Each answer has its own start date question; both fill startDate, and only the chosen one shows.
        await create(values, {
          flash: (w) => `${w.fullName} has been added`,
          to: (w) => paPath(w.id),
        });
      }}
      intro={<p className="body">Only their name, and whether they are applying or already work for you, are needed now. You can add the rest later.</p>}
    >
      <DetailsFields
        form={form as never}
        showStartDate={false}
        job={
          <Radios
            legend="Are they applying, or do they already work for you?"
            field={form.register('status')}
            value={status}
            error={form.formState.errors.status?.message}
            options={[
              {
                value: 'applicant',
                label: 'They are applying, or due to start',
                hint: 'You can record their checks and interview before they start.',
                conditional: (
                  <DateField
                    control={form.control}
                    name="startDate"
                    legend="When are they due to start? (optional)"
                    hint="Leave this empty if you do not know yet. For example, 5 1 2027"
                  />
                ),
              },
              {
                value: 'active',
                label: 'They already work for you',
                conditional: (
                  <DateField control={form.control} name="startDate" legend="When did they start working for you?" hint="For example, 5 1 2026" />
                ),
              },
            ]}
          />
        }
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save and add this PA
      </Button>
    </FormPage>
  );
}
