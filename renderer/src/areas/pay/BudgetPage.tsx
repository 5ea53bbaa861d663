import { z } from 'zod';
import { useZodForm } from '../../lib/forms.js';
import { useApiQuery } from '../../lib/queries.js';
import { useSaveAndGo } from '../../lib/save.js';
import { budgetSchema, PAY_FREQUENCIES, poundsForInput, type Budget } from '../../shared.js';
import { Button, DateField, FormPage, Loading, Radios, TextInput } from '../../ui/index.js';
import { poundsBox } from './pounds.js';
import { BUDGET_FREQUENCIES } from './cost-words.js';

const shape = budgetSchema.shape;
const formSchema = z
  .object({ amount: poundsBox('Enter the budget in pounds, like 2000.00', shape.budgetPence), budgetFrequency: shape.budgetFrequency, budgetStartsOn: shape.budgetStartsOn })
  .transform(({ amount, ...rest }): z.input<typeof budgetSchema> => ({ ...rest, budgetPence: amount }))
  .pipe(budgetSchema);

/** The direct-payment budget for a period: what the council pays for your PAs' pay and costs. */
export function BudgetPage() {
  const current = useApiQuery('pay.costSettings', {});
  if (!current.data) return <Loading />;
  return <BudgetForm budget={current.data.budget} />;
}

function BudgetForm({ budget }: { budget: Budget | null }) {
  const save = useSaveAndGo('pay.saveBudget');
  const form = useZodForm(formSchema, {
    amount: budget ? poundsForInput(budget.budgetPence) : '',
    budgetFrequency: budget?.budgetFrequency ?? (undefined as never),
    budgetStartsOn: budget?.budgetStartsOn ?? '',
  });
  const err = form.formState.errors;
  const frequency = form.watch('budgetFrequency');
  const firstDay = <DateField control={form.control} name="budgetStartsOn" legend="First day of a budget period" hint="Any one of them: the rest follow on. It is on the council’s letter or your bank statement. For example, 6 4 2026." />;
  return (
    <FormPage
      title="Your direct-payment budget"
      heading="Your direct-payment budget"
      back="/pay/cost"
      form={form}
      rename={{ budgetPence: 'amount' }}
      onSubmit={(b) => save(b, { flash: 'Your budget has been saved', to: '/pay/cost' })}
      intro={<p className="body">The part of your direct payment for your PAs: their pay and what employing them costs. Carebook shows what is left of it each period.</p>}
    >
      <TextInput label="Budget for each period, in pounds" width={10} inputMode="decimal" spellCheck={false} autoComplete="off" error={err.amount?.message} {...form.register('amount')} />
      <Radios
        field={form.register('budgetFrequency')}
        legend="How often the council pays it"
        error={err.budgetFrequency?.message}
        value={frequency}
        options={PAY_FREQUENCIES.map((f) => ({ value: f, label: BUDGET_FREQUENCIES[f], hint: f === 'monthly' ? 'By calendar month.' : undefined, conditional: f === 'monthly' ? undefined : firstDay }))}
      />
      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        Save your budget
      </Button>
    </FormPage>
  );
}
