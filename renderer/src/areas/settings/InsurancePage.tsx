import { z } from 'zod';
import { today, poundsInWords } from '../../lib/format.js';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { EL_MINIMUM_COVER_POUNDS, insuranceSchema, valueOn, type EmployerProfile } from '../../shared.js';
import { Button, DateField, FormPage, Loading, TextInput } from '../../ui/index.js';
import { useEmployerSection } from './employer-section.js';

const COVER_ERROR = 'Enter the amount of cover in pounds, like 5,000,000';

/**
 * The cover is typed the way it is written on the certificate ("£10,000,000"), so the form
 * reads it as text and turns it into whole pounds before the shared schema checks it.
 */
const formSchema = insuranceSchema.extend({
  coverPounds: z
    .string()
    .transform((v) => v.replace(/[£,\s]/g, ''))
    .refine((v) => v === '' || /^\d{1,10}$/.test(v), { error: COVER_ERROR })
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(insuranceSchema.shape.coverPounds.unwrap()),
});

export function InsurancePage() {
  const employer = useApiQuery('employer.get', {});
  if (employer.isPending) return <Loading />;
  return <InsuranceForm employer={employer.data ?? null} />;
}

function InsuranceForm({ employer }: { employer: EmployerProfile | null }) {
  const minimum = valueOn(EL_MINIMUM_COVER_POUNDS, today());
  const section = useEmployerSection('employer.updateInsurance');
  const form = useZodForm(formSchema, {
    insurer: employer?.insurer ?? '',
    policyNumber: employer?.policyNumber ?? '',
    coverPounds: employer?.coverPounds == null ? '' : employer.coverPounds.toLocaleString('en-GB'),
    renewsOn: employer?.renewsOn ?? '',
  });
  const err = form.formState.errors;
  return (
    <FormPage
      title="Employer's liability insurance"
      heading="Employer's liability insurance"
      back="/settings"
      form={form}
      {...section}
      intro={
        <p className="body">
          The law says you must have employer&apos;s liability insurance when you employ someone. It pays if a PA is
          hurt or becomes ill because of their work. The details are on your insurance certificate.
        </p>
      }
    >
      <TextInput label="Insurance company (optional)" autoComplete="off" error={err.insurer?.message} {...form.register('insurer')} />
      <TextInput
        label="Policy number (optional)"
        autoComplete="off"
        spellCheck={false}
        width={20}
        error={err.policyNumber?.message}
        {...form.register('policyNumber')}
      />
      <TextInput
        label="Amount of cover, in pounds (optional)"
        hint={
          minimum
            ? `The law says at least ${poundsInWords(minimum)}. Most policies give £10 million.`
            : 'Most policies give £10 million.'
        }
        inputMode="numeric"
        autoComplete="off"
        width={10}
        error={err.coverPounds?.message}
        {...form.register('coverPounds')}
      />
      <DateField
        control={form.control}
        name="renewsOn"
        legend="Renewal date (optional)"
        hint="When the policy ends and must be renewed. For example, 1 4 2027."
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
