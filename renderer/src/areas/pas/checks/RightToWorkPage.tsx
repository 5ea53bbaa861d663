import { dateInWords } from '../../../lib/format.js';
import { savedValues, useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { PERMISSIONS, RTW_METHODS, rightToWorkSchema, type RightToWorkCheck, type Worker } from '../../../shared.js';
import { Button, DateField, FormPage, Radios, Textarea, TextInput } from '../../../ui/index.js';
import { checksTab } from './paths.js';
import { checkIdOf, WithChecks } from './WithChecks.js';
import { RTW_METHOD_WORDS } from './words.js';

export function RightToWorkPage({ params }: { params: { checkId: string } }) {
  return (
    <WithChecks checkId={checkIdOf(params.checkId)} pick={(c, id) => c.rightToWork.find((x) => x.id === id)}>
      {(w, existing) => <RightToWorkForm w={w} existing={existing} />}
    </WithChecks>
  );
}

function RightToWorkForm({ w, existing }: { w: Worker; existing: RightToWorkCheck | undefined }) {
  const form = useZodForm(
    rightToWorkSchema,
    savedValues(rightToWorkSchema, existing ?? { checkedOn: '', evidence: '', permissionEndsOn: '', notes: '' }, { workerId: w.id }),
  );
  const save = useSaveAndGo('checks.saveRightToWork');
  const err = form.formState.errors;
  const [method, permission] = form.watch(['method', 'permission']);
  const title = existing ? `Change ${w.fullName}’s right-to-work check` : `Record ${w.fullName}’s right-to-work check`;
  const back = checksTab(w.id);
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={async (values) => {
        // An end date left over from choosing "time-limited" first is not part of an unlimited permission.
        await save(values.permission === 'unlimited' ? { ...values, permissionEndsOn: '' } : values, {
          flash: (saved) =>
            saved.followUpDueOn
              ? `Right-to-work check saved. Check again by ${dateInWords(saved.followUpDueOn)}, when their permission to work ends.`
              : 'Right-to-work check saved',
          to: back,
        });
      }}
    >
      <Radios
        legend="How did you check?"
        field={form.register('method')}
        value={method}
        error={err.method?.message}
        options={RTW_METHODS.map((m) => ({ value: m, label: RTW_METHOD_WORDS[m].label, hint: RTW_METHOD_WORDS[m].hint }))}
      />
      <DateField control={form.control} name="checkedOn" legend="Date of the check" />
      <TextInput
        label="Documents seen or share code (optional)"
        hint="For example, UK passport, or the share code they gave you."
        autoComplete="off"
        spellCheck={false}
        error={err.evidence?.message}
        {...form.register('evidence')}
      />
      <Radios
        legend="Is their permission to work time-limited?"
        field={form.register('permission')}
        value={permission}
        error={err.permission?.message}
        options={PERMISSIONS.map((p) =>
          p === 'unlimited'
            ? { value: p, label: 'No, there is no time limit', hint: 'For example, British or Irish citizens, or people with settled status.' }
            : {
                value: p,
                label: 'Yes, it ends on a date',
                hint: 'You must check again before it ends.',
                conditional: <DateField control={form.control} name="permissionEndsOn" legend="Date their permission ends" />,
              },
        )}
      />
      <Textarea label="Notes (optional)" error={err.notes?.message} {...form.register('notes')} />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the check
      </Button>
    </FormPage>
  );
}
