import { savedValues, useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { payrollSchema, type EmployerProfile } from '../../shared.js';
import { Button, DateField, FormPage, Loading, TextInput } from '../../ui/index.js';
import { useEmployerSection } from './employer-section.js';

export function PayrollPage() {
  const employer = useApiQuery('employer.get', {});
  if (employer.isPending) return <Loading />;
  return <PayrollForm employer={employer.data ?? null} />;
}

function PayrollForm({ employer }: { employer: EmployerProfile | null }) {
  const section = useEmployerSection('employer.updatePayroll');
  const form = useZodForm(
    payrollSchema,
    savedValues(payrollSchema, employer ?? { payeReference: '', pensionScheme: '', pensionDutiesStartOn: '', pensionDeclarationOn: '' }),
  );
  const err = form.formState.errors;
  const date = (name: 'pensionDutiesStartOn' | 'pensionDeclarationOn', legend: string, hint: string) => (
    <DateField control={form.control} name={name} legend={legend} hint={hint} />
  );
  return (
    <FormPage
      title="Payroll and pension"
      heading="Payroll and pension"
      back="/settings"
      form={form}
      {...section}
      intro={
        <p className="body">
          As an employer you register with HMRC to pay your PAs through PAYE, and you must offer them a workplace
          pension. Your payroll company or council can tell you these details if you do not have them.
        </p>
      }
    >
      <TextInput
        label="Employer PAYE reference (optional)"
        hint="HMRC gave you this when you registered as an employer. It is 3 numbers, a slash, then letters and numbers, like 123/AB45678."
        autoComplete="off"
        spellCheck={false}
        width={20}
        error={err.payeReference?.message}
        {...form.register('payeReference')}
      />
      <TextInput
        label="Pension scheme (optional)"
        hint="The workplace pension your PAs are put into, for example NEST."
        autoComplete="off"
        error={err.pensionScheme?.message}
        {...form.register('pensionScheme')}
      />
      {date('pensionDutiesStartOn', 'Pension duties start date (optional)', 'The day your first PA started work. From then you must check whether each PA should be put into the pension.')}
      {date(
        'pensionDeclarationOn',
        'Declaration of compliance date (optional)',
        'The day you told The Pensions Regulator how you met your pension duties.',
      )}
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save
      </Button>
    </FormPage>
  );
}
