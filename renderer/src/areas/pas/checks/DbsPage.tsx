import { savedValues, useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { DBS_LEVELS, dbsSchema, type DbsCheck, type Worker } from '../../../shared.js';
import { Button, Checkbox, Checkboxes, DateField, FormPage, Radios, Textarea, TextInput } from '../../../ui/index.js';
import { checksTab } from './paths.js';
import { checkIdOf, WithChecks } from './WithChecks.js';
import { DBS_LEVEL_WORDS } from './words.js';

export function DbsPage({ params }: { params: { checkId: string } }) {
  return (
    <WithChecks checkId={checkIdOf(params.checkId)} pick={(c, id) => c.dbs.find((x) => x.id === id)}>
      {(w, existing) => <DbsForm w={w} existing={existing} />}
    </WithChecks>
  );
}

function DbsForm({ w, existing }: { w: Worker; existing: DbsCheck | undefined }) {
  const form = useZodForm(
    dbsSchema,
    savedValues(
      dbsSchema,
      existing ?? { adultsBarredList: false, childrenBarredList: false, certificateNumber: '', issuedOn: '', updateServiceJoinedOn: '', statusCheckConsent: false, disclosureNote: '' },
      { workerId: w.id },
    ),
  );
  const save = useSaveAndGo('checks.saveDbs');
  const err = form.formState.errors;
  const level = form.watch('level');
  const title = existing ? `Change ${w.fullName}’s DBS check` : `Record ${w.fullName}’s DBS check`;
  const back = checksTab(w.id);
  return (
    <FormPage
      title={title}
      heading={title}
      back={back}
      form={form}
      onSubmit={(values) => save(values, { flash: 'DBS check saved', to: back })}
      intro={<p className="body">Copy these from the certificate. They must show you the original.</p>}
    >
      <Radios
        legend="Level of the check"
        field={form.register('level')}
        value={level}
        error={err.level?.message}
        options={DBS_LEVELS.map((l) => ({
          value: l,
          label: DBS_LEVEL_WORDS[l],
          hint: l === 'enhanced' ? 'The level a PA who gives personal care can have.' : undefined,
        }))}
      />
      <Checkboxes
        name="barredLists"
        legend="Which barred lists were checked?"
        hint="Tick each one the certificate shows was checked. Leave both empty if neither was."
        error={err.adultsBarredList?.message ?? err.childrenBarredList?.message}
        items={[
          { field: form.register('adultsBarredList'), label: 'Adults’ barred list' },
          { field: form.register('childrenBarredList'), label: 'Children’s barred list' },
        ]}
      />
      <TextInput
        label="Certificate number (optional)"
        hint="It is printed on the certificate."
        width={20}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        error={err.certificateNumber?.message}
        {...form.register('certificateNumber')}
      />
      <DateField control={form.control} name="issuedOn" legend="Date the certificate was issued" />
      <DateField
        control={form.control}
        name="updateServiceJoinedOn"
        legend="Date they joined the DBS Update Service (optional)"
        hint="Leave this empty if they have not joined. For example, 27 3 2026"
      />
      <Checkbox field={form.register('statusCheckConsent')} label="They agreed that I can check this certificate online (status checks)" error={err.statusCheckConsent?.message} />
      <Textarea
        label="What was disclosed and what you decided (optional)"
        hint="If the certificate shows anything, write what it was and how you decided it was safe (or not) to employ them."
        error={err.disclosureNote?.message}
        {...form.register('disclosureNote')}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save the DBS check
      </Button>
    </FormPage>
  );
}
