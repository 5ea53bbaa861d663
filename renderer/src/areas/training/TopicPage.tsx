import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { setFlash } from '../../lib/flash.js';
import { useApiMutation, useApiQuery } from '../../lib/queries.js';
import { Link, navigate } from '../../lib/router/index.js';
import { needPath } from './paths.js';
import { JOB_ROLES, TRAINING_CATEGORIES, topicSchema, type Topic, type WorkerSummary } from '../../shared.js';
import { Button, Checkboxes, FormPage, Loading, Radios, Select, TextInput } from '../../ui/index.js';

/** The core's topic schema, with numbers typed as text, and who needs it (saved as requirements). */
const formSchema = topicSchema.extend({
  category: z.string().min(1, { error: 'Choose the ASC-WDS training category' }).transform(Number).pipe(topicSchema.shape.category),
  intervalMonths: z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 120), { error: 'Months until a refresher must be a whole number from 1 to 120, or blank for none' })
    .transform((v) => (v === '' ? null : Number(v))),
  requiredForAll: z.enum(['yes', 'no'], { error: 'Say whether every PA needs it' }).transform((v) => v === 'yes'),
  active: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
  roles: z.record(z.string(), z.boolean()).default({}),
  pas: z.record(z.string(), z.boolean()).default({}),
});

export function TopicPage({ params }: { params: { topicId: string } }) {
  const topics = useApiQuery('training.topics', {});
  const pas = useApiQuery('workers.list', { show: 'current' });
  if (!topics.data || !pas.data) return <Loading />;
  const existing = topics.data.find((t) => t.id === params.topicId);
  if (params.topicId !== 'new' && !existing) return <p className="body">Carebook cannot find that training topic.</p>;
  return <TopicForm existing={existing} pas={pas.data} />;
}

function TopicForm({ existing, pas }: { existing: Topic | undefined; pas: WorkerSummary[] }) {
  const form = useZodForm(formSchema, {
    ...(existing ? { id: existing.id } : {}),
    name: existing?.name ?? '',
    category: existing ? String(existing.category) : '',
    intervalMonths: existing?.intervalMonths ? String(existing.intervalMonths) : '',
    requiredForAll: existing ? (existing.requiredForAll ? 'yes' : 'no') : undefined,
    active: existing && !existing.active ? 'no' : 'yes',
    roles: Object.fromEntries(JOB_ROLES.map((r) => [`r${r.code}`, existing?.roles.includes(r.code) ?? false])),
    pas: Object.fromEntries(pas.map((p) => [`p${p.id}`, existing?.workerIds.includes(p.id) ?? false])),
  } as never);
  const saveTopic = useApiMutation('training.saveTopic');
  const setRequirement = useApiMutation('training.setRequirement');
  const title = existing ? `Change ${existing.name}` : 'Add a training topic';
  return (
    <FormPage
      title={title}
      heading={title}
      back="/training/topics"
      form={form}
      onSubmit={async ({ roles, pas: chosen, ...topic }) => {
        const saved = await saveTopic.mutateAsync(topic);
        for (const r of JOB_ROLES) {
          const want = roles[`r${r.code}`] === true;
          if (want !== saved.roles.includes(r.code)) await setRequirement.mutateAsync({ topicId: saved.id, roleCode: r.code, required: want });
        }
        for (const p of pas) {
          const want = chosen[`p${p.id}`] === true;
          if (want !== saved.workerIds.includes(p.id)) await setRequirement.mutateAsync({ topicId: saved.id, workerId: p.id, required: want });
        }
        setFlash(`${saved.name} saved`);
        navigate('/training/topics');
      }}
    >
      <TextInput label="Name of the topic" error={form.formState.errors.name?.message} {...form.register('name')} />
      <Select
        label="ASC-WDS training category"
        hint="Where it goes in the ASC-WDS training file."
        error={form.formState.errors.category?.message}
        options={[{ value: '', label: 'Choose a category' }, ...Object.entries(TRAINING_CATEGORIES).map(([code, name]) => ({ value: code, label: `${name} (${code})` }))]}
        {...form.register('category')}
      />
      <TextInput
        label="Months until a refresher"
        hint={existing?.source ? `Leave blank for no refresher. Carebook’s starting value: ${existing.source}.` : 'Leave blank for no refresher. For example, 12 for every year.'}
        width={3}
        inputMode="numeric"
        error={form.formState.errors.intervalMonths?.message}
        {...form.register('intervalMonths')}
      />
      <Radios
        legend="Does every PA need it?"
        field={form.register('requiredForAll')}
        value={form.watch('requiredForAll') as string | undefined}
        error={form.formState.errors.requiredForAll?.message}
        options={[
          { value: 'yes', label: 'Yes, every PA' },
          { value: 'no', label: 'No, only the roles or PAs below' },
        ]}
      />
      <Checkboxes name="roles" legend="Job roles that need it (optional)" items={JOB_ROLES.map((r) => ({ field: form.register(`roles.r${r.code}` as never), label: r.name }))} />
      {pas.length > 0 && (
        <Checkboxes
          name="pas"
          legend="PAs who need it on their own (optional)"
          hint="For example, epilepsy medication for the person they support."
          items={pas.map((p) => ({ field: form.register(`pas.p${p.id}` as never), label: p.fullName }))}
        />
      )}
      {existing && existing.excused.length > 0 && (
        <>
          <h2 className="heading-s">PAs who do not need it</h2>
          <ul className="list list--bullet">
            {existing.excused.map((e) => (
              <li key={e.workerId}>
                {pas.find((p) => p.id === e.workerId)?.fullName ?? 'A PA who has left'}: {e.reason}. <Link to={needPath(e.workerId, existing.id)}>Change<span className="visually-hidden"> whether they need it</span></Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Radios
        legend="Do you still use this topic?"
        field={form.register('active')}
        value={form.watch('active') as string | undefined}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No, nobody needs it any more', hint: 'It leaves the matrix and the plan. Training already recorded is kept.' },
        ]}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the topic
      </Button>
    </FormPage>
  );
}
