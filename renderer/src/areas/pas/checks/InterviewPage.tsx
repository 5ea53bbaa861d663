import { savedValues, useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { CWP_VALUES, INTERVIEW_OUTCOMES, interviewSchema, type Interview, type Worker } from '../../../shared.js';
import { Button, DateField, FormPage, Radios, Textarea, TextInput } from '../../../ui/index.js';
import { checksTab } from './paths.js';
import { checkIdOf, WithChecks } from './WithChecks.js';
import { INTERVIEW_OUTCOME_WORDS } from './words.js';

export function InterviewPage({ params }: { params: { checkId: string } }) {
  return (
    <WithChecks checkId={checkIdOf(params.checkId)} pick={(c, id) => c.interviews.find((x) => x.id === id)}>
      {(w, existing) => <InterviewForm w={w} existing={existing} />}
    </WithChecks>
  );
}

/** One answer per value, in the pathway's order: the saved one, or the suggested question. */
function answersFor(existing: Interview | undefined) {
  return CWP_VALUES.map((v) => {
    const saved = existing?.answers.find((a) => a.value === v.id);
    return { value: v.id, question: saved?.question ?? v.question, notes: saved?.notes ?? '' };
  });
}

function InterviewForm({ w, existing }: { w: Worker; existing: Interview | undefined }) {
  const form = useZodForm(
    interviewSchema,
    savedValues(interviewSchema, existing ?? { heldOn: '', interviewers: '', notes: '' }, { workerId: w.id, answers: answersFor(existing) }),
  );
  const save = useSaveAndGo('checks.saveInterview');
  const err = form.formState.errors;
  const outcome = form.watch('outcome');
  const title = existing ? `Change the interview with ${w.fullName}` : `Record an interview with ${w.fullName}`;
  const back = checksTab(w.id);
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={async (values) => {
        // Keep a value only when something was written about it, or its question was reworded.
        const answers = values.answers.filter((a) => a.notes || a.question !== CWP_VALUES.find((v) => v.id === a.value)?.question);
        await save({ ...values, answers }, { flash: 'Interview saved', to: back });
      }}
    >
      <DateField control={form.control} name="heldOn" legend="Date of the interview" />
      <TextInput
        label="Who interviewed (optional)"
        hint="For example, you and a family member."
        autoComplete="off"
        error={err.interviewers?.message}
        {...form.register('interviewers')}
      />

      <h2 className="heading-m">Their values</h2>
      <p className="body">
        Every care role shares the same values (from the Care Workforce Pathway). Here is a question you could ask for
        each one. Change the question if you like, and write down what they said. Leave out any you did not ask about.
      </p>
      {CWP_VALUES.map((v, i) => (
        <fieldset className="fieldset pa-value" key={v.id}>
          <legend className="fieldset__legend fieldset__legend--s">{v.value}</legend>
          <Textarea
            label={
              <>
                Question<span className="visually-hidden"> about {v.value}</span>
              </>
            }
            rows={2}
            error={err.answers?.[i]?.question?.message}
            {...form.register(`answers.${i}.question`)}
          />
          <Textarea
            label={
              <>
                What they said (optional)<span className="visually-hidden">: {v.value}</span>
              </>
            }
            rows={3}
            error={err.answers?.[i]?.notes?.message}
            {...form.register(`answers.${i}.notes`)}
          />
        </fieldset>
      ))}

      <Radios
        legend="What did you decide?"
        field={form.register('outcome')}
        value={outcome}
        error={err.outcome?.message}
        options={INTERVIEW_OUTCOMES.map((o) => ({ value: o, label: INTERVIEW_OUTCOME_WORDS[o] }))}
      />
      <Textarea label="Other notes (optional)" error={err.notes?.message} {...form.register('notes')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the interview
      </Button>
    </FormPage>
  );
}
