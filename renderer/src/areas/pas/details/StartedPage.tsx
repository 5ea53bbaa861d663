import { useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { statusChangeSchema } from '../../../shared.js';
import { Button, DateField, FormPage, QuestionHeading } from '../../../ui/index.js';
import { usePa } from '../pa-context.js';
import { paPath } from '../paths.js';

const schema = statusChangeSchema.options[1];

export function StartedPage() {
  const w = usePa();
  const form = useZodForm(schema, { id: w.id, status: 'active', startDate: w.startDate });
  const save = useSaveAndGo('workers.setStatus');
  const back = paPath(w.id);
  return (
    <FormPage
      title={`When did ${w.fullName} start work?`}
      back={back}
      form={form}
      onSubmit={(values) => save(values, { flash: `${w.fullName} now works for you`, to: back })}
    >
      <DateField
        control={form.control}
        name="startDate"
        legend={<QuestionHeading>When did {w.fullName} start work?</QuestionHeading>}
        hint="Their first day working for you. For example, 5 1 2026"
      />
      <p className="body">Check you have their right to work before their first day. It is on the Checks tab.</p>
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
