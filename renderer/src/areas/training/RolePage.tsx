import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { JOB_ROLES, paProfileSchema, roleCode } from '../../shared.js';
import { Button, FormPage, Loading, PageHeading, Radios } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { trainingTab } from './paths.js';

/** The radios give text; the core's schema takes the ASC-WDS code as a number. */
const formSchema = paProfileSchema.extend({ roleCode: z.string({ error: 'Choose their job role' }).min(1, { error: 'Choose their job role' }).transform(Number).pipe(roleCode()) });

/** Their job role, as ASC-WDS names it: it decides which training their role needs, and goes in the ASC-WDS worker file. */
export function RolePage() {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  const save = useSaveAndGo('training.setProfile');
  const form = useZodForm(formSchema, { workerId: w.id, roleCode: training.data?.roleCode == null ? undefined : String(training.data.roleCode) } as never);
  if (!training.data) return <Loading />;
  const back = trainingTab(w.id);
  return (
    <FormPage title="Job role for training" back={back} form={form} onSubmit={(v) => save(v, { flash: 'Job role saved', to: back })}>
      <Radios
        legend={<PageHeading>{`What is ${w.fullName}’s job role?`}</PageHeading>}
        legendIsHeading
        hint="As ASC-WDS names it. Training you set for a role applies to everyone in it."
        field={form.register('roleCode')}
        value={form.watch('roleCode') as string | undefined}
        error={form.formState.errors.roleCode?.message}
        options={JOB_ROLES.map((r) => ({ value: String(r.code), label: r.name }))}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
