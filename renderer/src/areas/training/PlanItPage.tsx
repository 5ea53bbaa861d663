import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { planSchema } from '../../shared.js';
import { Button, DateField, FormPage, Loading, TextInput } from '../../ui/index.js';
import { Link } from '../../lib/router/index.js';
import { deletePlanPath } from './paths.js';

/** Plan one PA's training in one topic: a date to do it by, and a note (where it is booked). */
export function PlanItPage({ params }: { params: { workerId: string; topicId: string } }) {
  const pa = useApiQuery('training.get', { workerId: params.workerId });
  const worker = useApiQuery('workers.get', { id: params.workerId });
  const topics = useApiQuery('training.topics', {});
  if (pa.isError || worker.isError) return <p className="body">Carebook cannot find that PA.</p>;
  if (!pa.data || !worker.data || !topics.data) return <Loading />;
  const topic = topics.data.find((t) => t.id === params.topicId);
  if (!topic) return <p className="body">Carebook cannot find that training topic.</p>;
  const existing = pa.data.plans.find((p) => p.topicId === topic.id);
  return <PlanForm workerId={params.workerId} name={worker.data.fullName} topicId={topic.id} topicName={topic.name} existing={existing} />;
}

function PlanForm(p: { workerId: string; name: string; topicId: string; topicName: string; existing: { id: string; targetOn: string; note: string } | undefined }) {
  const form = useZodForm(planSchema, {
    workerId: p.workerId,
    topicId: p.topicId,
    targetOn: p.existing?.targetOn ?? '',
    note: p.existing?.note ?? '',
    ...(p.existing ? { id: p.existing.id } : {}),
  });
  const save = useSaveAndGo('training.savePlan');
  const title = `Plan ${p.name}’s ${p.topicName} training`;
  return (
    <FormPage title={title} heading={title} back="/training/plan" form={form} onSubmit={(v) => save(v, { flash: `${p.topicName} planned for ${p.name}`, to: '/training/plan' })}>
      <DateField control={form.control} name="targetOn" legend="Date to do it by" />
      <TextInput label="Note (optional)" hint="For example, where it is booked." error={form.formState.errors.note?.message} {...form.register('note')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the plan
      </Button>
      {p.existing && (
        <p className="body">
          <Link to={deletePlanPath(p.workerId, p.existing.id)}>Delete this plan</Link>
        </p>
      )}
    </FormPage>
  );
}
