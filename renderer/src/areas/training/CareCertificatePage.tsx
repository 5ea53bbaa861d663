import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { careCertificateSchema } from '../../shared.js';
import { Button, DateField, FormPage, Loading, Radios } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { trainingTab } from './paths.js';

/** Which version of the Care Certificate they follow, and the date they completed it. */
export function CareCertificatePage() {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  const cc = training.data?.careCertificate;
  const form = useZodForm(careCertificateSchema, { workerId: w.id, version: cc?.version ?? '2025', completedOn: cc?.completedOn ?? '' });
  const save = useSaveAndGo('training.setCareCertificate');
  if (!cc) return <Loading />;
  const back = trainingTab(w.id);
  return (
    <FormPage title="The Care Certificate" heading="The Care Certificate" caption={w.fullName} back={back} form={form} onSubmit={(v) => save(v, { flash: 'Care Certificate saved', to: back })}>
      <Radios
        legend="Which standards are they following?"
        field={form.register('version')}
        value={form.watch('version')}
        error={form.formState.errors.version?.message}
        options={[
          { value: '2025', label: 'The 2025 standards (16)', hint: 'For everyone starting since August 2025.' },
          { value: '2015', label: 'The 2015 standards (15)', hint: 'If they began before the end of July 2025.' },
        ]}
      />
      <DateField control={form.control} name="completedOn" legend="Date they completed the Care Certificate (optional)" hint="Leave blank if they have not finished. For example, 27 3 2026" />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
