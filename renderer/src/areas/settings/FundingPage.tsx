import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { fundingSchema, type EmployerProfile } from '../../shared.js';
import { Button, FormPage, Loading, Radios, TextInput } from '../../ui/index.js';
import { useEmployerSection } from './employer-section.js';

export function FundingPage() {
  const employer = useApiQuery('employer.get', {});
  if (employer.isPending) return <Loading />;
  return <FundingForm employer={employer.data ?? null} />;
}

function FundingForm({ employer }: { employer: EmployerProfile | null }) {
  const section = useEmployerSection('employer.updateFunding');
  const form = useZodForm(fundingSchema, {
    localAuthority: employer?.localAuthority ?? '',
    // Radios give a string; "not chosen" stays null.
    wageArea: employer?.wageArea ?? null,
  });
  const err = form.formState.errors;
  return (
    <FormPage
      title="Direct payments"
      heading="Direct payments"
      back="/settings"
      form={form}
      {...section}
      intro={
        <p className="body">
          If your council pays for your support with direct payments, tell Carebook which council it is and where your
          PAs work.
        </p>
      }
    >
      <TextInput
        label="Local council (optional)"
        hint="The council that pays your direct payments, for example Leeds City Council."
        autoComplete="off"
        error={err.localAuthority?.message}
        {...form.register('localAuthority')}
      />
      <Radios
        legend="Do your PAs work in London? (optional)"
        hint="The Real Living Wage is higher in London, so Carebook needs to know which one to compare pay with."
        field={form.register('wageArea')}
        value={form.watch('wageArea') ?? undefined}
        error={err.wageArea?.message}
        options={[
          { value: 'london', label: 'Yes, in London' },
          { value: 'elsewhere', label: 'No, somewhere else' },
        ]}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
