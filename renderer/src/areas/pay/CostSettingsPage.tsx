import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { today } from '../../lib/format.js';
import { AUTO_ENROLMENT, costSettingsSchema, EMPLOYMENT_ALLOWANCE, PAYROLL_FEE_PER, poundsForInput, pence, valueOn, type CostSettings } from '../../shared.js';
import { Button, FormPage, Loading, Radios, TextInput } from '../../ui/index.js';
import { poundsBox } from './pounds.js';
import { FEE_PER } from './cost-words.js';

const shape = costSettingsSchema.shape;

/** A percent box: empty is the legal minimum; else a number with at most 2 decimal places. */
const percentBox = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{1,3}(\.\d{1,2})?$/.test(v.replace(/%$/, '').trim()), { error: 'Enter your pension contribution as a percent, like 5, or leave it empty' })
  .transform((v) => (v === '' ? 0 : Number(v.replace(/%$/, '').trim())))
  .pipe(shape.pensionPercent);

const formSchema = z
  .object({
    council: poundsBox('Enter the council’s hourly rate in pounds, like 18.50', shape.councilHourlyPence),
    insurance: poundsBox('Enter what your insurance costs a year in pounds, like 120.00, or 0', shape.insuranceYearPence),
    fees: poundsBox('Enter the payroll service’s fees in pounds, like 15.00, or 0', shape.payrollFeePence),
    payrollFeePer: shape.payrollFeePer,
    claimsAllowance: shape.claimsAllowance,
    pension: percentBox,
  })
  .transform(({ council, insurance, fees, pension, ...rest }): z.input<typeof costSettingsSchema> => ({ ...rest, councilHourlyPence: council, insuranceYearPence: insurance, payrollFeePence: fees, pensionPercent: pension }))
  .pipe(costSettingsSchema);

const RENAME = { councilHourlyPence: 'council', insuranceYearPence: 'insurance', payrollFeePence: 'fees', pensionPercent: 'pension' };

/** What employing costs besides pay: the council's hourly rate to compare with, insurance, payroll fees, the Employment Allowance and pension. */
export function CostSettingsPage() {
  const current = useApiQuery('pay.costSettings', {});
  if (!current.data) return <Loading />;
  return <CostSettingsForm settings={current.data.settings} />;
}

function CostSettingsForm({ settings }: { settings: CostSettings | null }) {
  const save = useSaveAndGo('pay.saveCostSettings');
  const money = (p: number | undefined) => (p === undefined ? '' : poundsForInput(p));
  const form = useZodForm(formSchema, {
    council: money(settings?.councilHourlyPence),
    insurance: money(settings?.insuranceYearPence),
    fees: money(settings?.payrollFeePence),
    payrollFeePer: settings?.payrollFeePer ?? 'month',
    claimsAllowance: settings?.claimsAllowance ?? (undefined as never),
    pension: settings && settings.pensionPercent > 0 ? String(settings.pensionPercent) : '',
  });
  const err = form.formState.errors;
  const allowance = valueOn(EMPLOYMENT_ALLOWANCE, today());
  const minimum = valueOn(AUTO_ENROLMENT, today())?.employerPercent;
  const box = (name: 'council' | 'insurance' | 'fees', label: string, hint?: string) => (
    <TextInput label={label} hint={hint} width={5} inputMode="decimal" spellCheck={false} autoComplete="off" error={err[name]?.message} {...form.register(name)} />
  );
  return (
    <FormPage
      title="Your cost settings"
      heading="Your cost settings"
      back="/pay/cost"
      form={form}
      rename={RENAME}
      onSubmit={(s) => save(s, { flash: 'Your cost settings have been saved', to: '/pay/cost' })}
      intro={<p className="body">Carebook adds these to each PA’s pay to show what they really cost you an hour, beside what the council pays.</p>}
    >
      {box('council', 'The council’s hourly rate, in pounds', 'The rate your direct payment is worked out from, for an hour of support. It is in your support plan or the council’s letter.')}
      {box('insurance', 'Employer’s liability insurance, a year, in pounds', 'What your insurance for employing PAs costs. Enter 0 if the council pays it for you.')}
      {box('fees', 'Payroll service fees, in pounds', 'Enter 0 if the council pays them for you.')}
      <Radios field={form.register('payrollFeePer')} legend="How often you pay the payroll service" error={err.payrollFeePer?.message} options={PAYROLL_FEE_PER.map((p) => ({ value: p, label: FEE_PER[p] }))} />
      <Radios
        field={form.register('claimsAllowance')}
        legend="Do you claim the Employment Allowance?"
        hint={`It takes up to ${allowance ? pence(allowance).replace(/\.00$/, '') : 'a set amount'} a year off your employer National Insurance. If you employ PAs privately, you can claim it only when all of every PA’s work is care or support for someone who needs it because of old age, disability, illness, mental ill health, or past or present dependence on alcohol or drugs. Your payroll service claims it for you.`}
        error={err.claimsAllowance?.message}
        options={[
          { value: 'yes', label: 'Yes, I claim it' },
          { value: 'no', label: 'No', hint: 'For example, a PA also does work for other people in the house.' },
        ]}
      />
      <TextInput
        label="Your pension contribution, percent (optional)"
        hint={`Leave it empty if you pay the legal minimum, ${minimum}% of their qualifying earnings. Enter more only if your pension scheme asks for it.`}
        width={4}
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        error={err.pension?.message}
        {...form.register('pension')}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save your cost settings
      </Button>
    </FormPage>
  );
}
