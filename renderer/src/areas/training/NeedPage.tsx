import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { setFlash } from '../../lib/flash.js';
import { useApiMutation, useApiQuery } from '../../lib/queries.js';
import { navigate } from '../../lib/router/index.js';
import { excusalSchema, type Worker } from '../../shared.js';
import { Button, FormPage, Loading, PageHeading, Radios, StaticPage, Textarea } from '../../ui/index.js';
import { usePa } from '../pas/index.js';
import { trainingTab } from './paths.js';

/** Yes, or no with the reason in words (the core's own rule for the reason). */
const formSchema = z
  .object({
    needs: z.enum(['yes', 'no'], { error: 'Say whether they need it' }),
    reason: z.string().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.needs !== 'no') return;
    const reason = excusalSchema.shape.reason.safeParse(v.reason);
    if (!reason.success) ctx.addIssue({ code: 'custom', path: ['reason'], message: reason.error.issues[0]!.message });
  });

/**
 * Whether a PA needs a topic that everyone (or their role) needs: a PA who never drives needs
 * no driving training. "No" asks why, and the reason is shown on their training and kept in
 * the history; the matrix says "Not required".
 */
export function NeedPage({ params }: { params: { topicId: string } }) {
  const w = usePa();
  const training = useApiQuery('training.get', { workerId: w.id });
  if (training.isPending) return <Loading what="Loading their training" />;
  const topic = training.data?.topics.find((t) => t.topicId === params.topicId && (t.status !== 'not-required' || t.excusedReason !== ''));
  if (!topic) {
    return (
      <StaticPage title="They do not need this topic" back={trainingTab(w.id)}>
        <p className="body">{training.error?.message ?? 'Nobody has said they need it, so there is nothing to change. Go back to their training.'}</p>
      </StaticPage>
    );
  }
  return <NeedForm w={w} topicId={topic.topicId} name={topic.name} reason={topic.excusedReason} />;
}

function NeedForm({ w, topicId, name, reason }: { w: Worker; topicId: string; name: string; reason: string }) {
  const form = useZodForm(formSchema, { needs: reason ? 'no' : 'yes', reason } as never);
  const excuse = useApiMutation('training.excuse');
  const endExcusal = useApiMutation('training.endExcusal');
  const back = trainingTab(w.id);
  const question = `Does ${w.fullName} need ${name} training?`;
  return (
    <FormPage
      title={question}
      back={back}
      form={form}
      onSubmit={async (v) => {
        if (v.needs === 'no') {
          await excuse.mutateAsync({ topicId, workerId: w.id, reason: v.reason });
          setFlash(`${name}: not required for ${w.fullName}`);
        } else if (reason) {
          await endExcusal.mutateAsync({ topicId, workerId: w.id });
          setFlash(`${name}: ${w.fullName} needs it again`);
        }
        navigate(back);
      }}
    >
      <Radios
        legend={<PageHeading>{question}</PageHeading>}
        legendIsHeading
        hint="You set who needs each topic in Training topics. Here you can say this PA does not, and why."
        field={form.register('needs')}
        value={form.watch('needs') as string | undefined}
        error={form.formState.errors.needs?.message}
        options={[
          { value: 'yes', label: 'Yes, they need it' },
          {
            value: 'no',
            label: 'No, not for them',
            conditional: (
              <Textarea
                label="Why do they not need it?"
                hint="For example, they never drive for work. This is shown on their training and kept in the history."
                rows={3}
                error={form.formState.errors.reason?.message}
                {...form.register('reason')}
              />
            ),
          },
        ]}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
