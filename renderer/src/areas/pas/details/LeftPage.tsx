import { useZodForm } from '../../../lib/forms.js';
import { Link } from '../../../lib/router/index.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { statusChangeSchema } from '../../../shared.js';
import { Button, DateField, FormPage, Textarea } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { paPath } from '../paths.js';

const schema = statusChangeSchema.options[2];

/** Leaving (or, for an applicant, not being taken on): the date and why, and what happens next. */
export function LeftPage() {
  const w = usePa();
  const form = useZodForm(schema, { id: w.id, status: 'left', leftOn: '', leftReason: '' });
  const save = useSaveAndGo('workers.setStatus');
  const back = paPath(w.id);
  const applicant = w.status === 'applicant';
  const title = applicant ? `Record that ${w.fullName} will not be working for you` : `Record that ${w.fullName} has left`;
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={(values) =>
        save(values, { flash: applicant ? `${w.fullName} is marked as not working for you` : `${w.fullName} is marked as left`, to: back })
      }
      intro={
        <>
          <h2 className="heading-m">What happens next</h2>
          <ul className="list list--bullet">
            <li>Carebook keeps their records. You must keep some of them for a time after someone leaves.</li>
            <li>
              The <Link to={paPath(w.id, '/records')}>Records tab</Link> shows until when you should keep each kind of
              record, and lets you delete them after that.
            </li>
            <li>They move from your current PAs to the list of people who have left.</li>
          </ul>
        </>
      }
    >
      <DateField
        control={form.control}
        name="leftOn"
        legend="Date they left"
        hint={
          applicant
            ? 'The day they withdrew, or you told them they did not get the job. For example, 27 3 2026'
            : 'Their last day working for you. For example, 27 3 2026'
        }
      />
      <Textarea
        label="Why they left"
        hint={applicant ? 'For example, they took another job, or the interview did not go well.' : 'For example, they resigned, they retired, or their contract ended.'}
        rows={3}
        error={form.formState.errors.leftReason?.message}
        {...form.register('leftReason')}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
