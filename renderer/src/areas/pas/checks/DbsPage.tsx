import { z } from 'zod';
import { savedValues, useZodForm } from '../../../lib/forms.js';
import { useSaveAndGo } from '../../../lib/save.js';
import { DBS_LEVELS, dbsSchema, type DbsCheck, type Worker } from '../../../shared.js';
import { Button, Checkbox, DateField, FormPage, Radios, Textarea, TextInput } from '../../../ui/index.js';
import { checksTab } from './paths.js';
import { checkIdOf, WithChecks } from './WithChecks.js';
import { DBS_LEVEL_WORDS } from './words.js';

/**
 * The barred lists are asked only for an Enhanced check (the only level that can include them),
 * each as a yes/no question, so a check that leaves out the adults' barred list is said, not
 * just left unticked. The core's schema gets booleans.
 */
const yesNo = z.enum(['yes', 'no', '']).default('');
const formFields = dbsSchema.extend({ adultsBarredList: yesNo, childrenBarredList: yesNo });
const formSchema = formFields
  .superRefine((v, ctx) => {
    if (v.level !== 'enhanced') return;
    if (!v.adultsBarredList) ctx.addIssue({ code: 'custom', path: ['adultsBarredList'], message: 'Say whether the adults’ barred list was checked' });
    if (!v.childrenBarredList) ctx.addIssue({ code: 'custom', path: ['childrenBarredList'], message: 'Say whether the children’s barred list was checked' });
  })
  .transform((v) => ({ ...v, adultsBarredList: v.level === 'enhanced' && v.adultsBarredList === 'yes', childrenBarredList: v.level === 'enhanced' && v.childrenBarredList === 'yes' }));

const asYesNo = (b: boolean, level: string): 'yes' | 'no' | '' => (level === 'enhanced' ? (b ? 'yes' : 'no') : '');

export function DbsPage({ params }: { params: { checkId: string } }) {
  return (
    <WithChecks checkId={checkIdOf(params.checkId)} pick={(c, id) => c.dbs.find((x) => x.id === id)}>
      {(w, existing) => <DbsForm w={w} existing={existing} />}
    </WithChecks>
  );
}

const EMPTY = { adultsBarredList: '', childrenBarredList: '', certificateNumber: '', issuedOn: '', updateServiceJoinedOn: '', statusCheckConsent: false, disclosureNote: '' } as const;

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function DbsForm({ w, existing }: { w: Worker; existing: DbsCheck | undefined }) {
  const form = useZodForm(
    formSchema,
    savedValues(
      formFields,
      existing ? { ...existing, adultsBarredList: asYesNo(existing.adultsBarredList, existing.level), childrenBarredList: asYesNo(existing.childrenBarredList, existing.level) } : EMPTY,
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
          conditional:
            l === 'enhanced' ? (
              <>
                <Radios
                  legend="Was the adults’ barred list checked?"
                  hint="The certificate says so. A PA who gives personal care to adults should have it checked."
                  field={form.register('adultsBarredList')}
                  error={err.adultsBarredList?.message}
                  inline
                  options={YES_NO}
                />
                <Radios
                  legend="Was the children’s barred list checked?"
                  field={form.register('childrenBarredList')}
                  error={err.childrenBarredList?.message}
                  inline
                  options={YES_NO}
                />
              </>
            ) : undefined,
        }))}
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
