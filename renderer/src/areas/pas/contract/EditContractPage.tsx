import type { ReactNode } from 'react';
import { today } from '../../../lib/format.js';
import { useZodForm } from '../../../lib/forms.js';
import { useApiQuery } from '../../../lib/queries.js';
import { useSaveAndGo } from '../../../lib/save.js';
import type { ContractFacts, ContractVersion, EmployerProfile, Worker } from '../../../shared.js';
import { Button, DateField, FormPage, Radios, Textarea, TextInput } from '../../../ui/index.js';
import { callName } from '../../../shared.js';
import {
  changeValues,
  contractFormSchema,
  firstStatementValues,
  holidayRules,
  SERVER_FIELD_NAMES,
  type ContractFormValues,
} from './contract-form.js';
import { serviceWords, statutoryNoticeRule, weeksWords } from './contract-words.js';
import { contractPath } from './paths.js';
import { WithContract } from './WithContract.js';
import { usePa } from '../pa-context.js';
import { RateCheck } from '../../pay/index.js';
import { parsePounds } from '../../../shared.js';

/** Write the first statement, or change the terms from a date (a new version). */
export function EditContractPage() {
  const worker = usePa();
  const employer = useApiQuery('employer.get', {});
  return (
    <WithContract also={[employer]}>
      {(contract) => <ContractForm worker={worker} employer={employer.data ?? null} current={contract.current} facts={contract.facts} />}
    </WithContract>
  );
}

function ContractForm({
  worker,
  employer,
  current,
  facts,
}: {
  worker: Worker;
  employer: EmployerProfile | null;
  current: ContractVersion | null;
  facts: ContractFacts | null;
}) {
  const isChange = current !== null;
  const todayIs = today();
  const save = useSaveAndGo('contracts.save');
  const form = useZodForm(
    contractFormSchema(worker.id, isChange),
    current ? changeValues(current) : firstStatementValues(worker, employer, todayIs),
  );
  const err = form.formState.errors;
  const name = callName(worker);
  const title = isChange ? `Change ${name}'s terms` : `Write ${name}'s statement`;

  type Name = keyof ContractFormValues;
  const text = (field: Name, label: string, hint?: ReactNode, extra: Partial<Parameters<typeof TextInput>[0]> = {}) => (
    <TextInput label={label} hint={hint} error={err[field]?.message} autoComplete="off" {...extra} {...form.register(field)} />
  );
  const area = (field: Name, label: string, hint?: ReactNode, rows = 3) => (
    <Textarea label={label} hint={hint} rows={rows} error={err[field]?.message} {...form.register(field)} />
  );
  const date = (field: 'appliesFrom' | 'continuousEmploymentFrom' | 'endsOn', legend: string, hint: ReactNode) => (
    <DateField control={form.control} name={field} legend={legend} hint={hint} />
  );
  const number = (field: Name, label: string, hint: ReactNode, width: 3 | 4 | 5 = 4, inputMode: 'numeric' | 'decimal' = 'numeric') =>
    text(field, label, hint, { width, inputMode, spellCheck: false });

  const notice = statutoryNoticeRule(current?.appliesFrom ?? (worker.startDate || todayIs));
  const nowMinimum = facts
    ? `For ${serviceWords(facts.service)} service, the law's minimum now is ${weeksWords(facts.statutoryEmployerNoticeWeeks)}. `
    : '';
  const holiday = holidayRules(todayIs);
  const fieldset = (legend: string, children: ReactNode) => (
    <fieldset className="fieldset contract-form__section">
      <legend className="fieldset__legend fieldset__legend--m">{legend}</legend>
      {children}
    </fieldset>
  );

  return (
    <FormPage
      title={title}
      heading={title}
      back={contractPath(worker.id)}
      form={form}
      rename={SERVER_FIELD_NAMES}
      onSubmit={(terms) =>
        save(terms, {
          flash: (saved) => (saved.version === 1 ? 'Their written statement has been saved' : `Version ${saved.version} of their terms has been saved`),
          to: contractPath(worker.id),
        })
      }
      intro={
        isChange ? (
          <>
            <p className="body">
              Change what is different and say when the change starts. Carebook keeps the old terms as an earlier
              version.
            </p>
            <p className="body inset-text">
              A change needs {name}&apos;s agreement. You must confirm it to them in writing within one month of the
              change: download the new statement and give it to them.
            </p>
          </>
        ) : (
          <p className="body">
            Carebook has filled in usual terms for a PA. Check each part and change anything that is different for{' '}
            {name}. The law says they must get this statement on or before their first day.
          </p>
        )
      }
    >
      {isChange &&
        fieldset(
          'The change',
          <>
            {date('appliesFrom', 'Date the new terms start', 'For example, 1 6 2026.')}
            {area('changeSummary', 'What changed', 'In a sentence, for example: Pay goes up to £13.00 an hour.', 2)}
          </>,
        )}

      {fieldset(
        'About the job',
        <>
          {!isChange && date('appliesFrom', 'Start date', 'Their first day of work. For example, 1 5 2026.')}
          {date(
            'continuousEmploymentFrom',
            'Date their continuous employment began (optional)',
            'Only if it is earlier than the start date, for example if they already worked for you without a break. Otherwise leave it empty.',
          )}
          {text('jobTitle', 'Job title', undefined, { width: 30 })}
          {area('jobDescription', 'What the job involves (optional)', 'A few words, or say where the job description is.')}
          {area('placeOfWork', 'Where they will work', 'Usually your home, and places you go together.', 2)}
          <Radios
            legend="Is the job permanent?"
            field={form.register('kind')}
            value={form.watch('kind')}
            error={err.kind?.message}
            options={[
              { value: 'permanent', label: 'Yes, it is permanent' },
              {
                value: 'fixed-term',
                label: 'No, it is for a fixed time',
                conditional: date('endsOn', 'Date the job ends', 'For example, 31 3 2027.'),
              },
            ]}
          />
        </>,
      )}

      {fieldset(
        'Pay',
        <>
          {number('hourlyRate', 'Hourly rate, in pounds', 'For example, 12.71.', 5, 'decimal')}
          <RateCheck workerId={worker.id} ratePence={parsePounds(form.watch('hourlyRate') ?? '')} date={form.watch('appliesFrom') ?? ''} hoursPerWeek={Number(form.watch('hoursPerWeek'))} />
          <Radios
            legend="How often are they paid?"
            field={form.register('payFrequency')}
            value={form.watch('payFrequency')}
            error={err.payFrequency?.message}
            options={[
              { value: 'weekly', label: 'Every week' },
              { value: 'fortnightly', label: 'Every 2 weeks' },
              { value: 'four-weekly', label: 'Every 4 weeks' },
              { value: 'monthly', label: 'Every month' },
            ]}
          />
          {text('payDay', 'When they are paid', 'For example, the last Friday of each month.')}
        </>,
      )}

      {fieldset(
        'Hours',
        <>
          {number('hoursPerWeek', 'Hours a week', 'Use 0 if their hours change from week to week. You can use a half, like 12.5.', 4, 'decimal')}
          {area('workingPattern', 'Which days and times they work', 'For example, Monday, Wednesday and Friday, 8am to 12pm.')}
          {area('hoursCanChange', 'How their hours or days can change (optional)')}
        </>,
      )}

      {fieldset(
        'Holiday',
        <>
          <Radios
            legend="How is their holiday worked out?"
            field={form.register('holidayMethod')}
            value={form.watch('holidayMethod')}
            error={err.holidayMethod?.message}
            options={[
              {
                value: 'weeks',
                label: `${holiday?.weeks ?? ''} weeks a year, for the days they work each week`.trim(),
                hint: 'For regular hours.',
                conditional: number('daysPerWeek', 'Days they work each week', 'For example, 3. You can use a half, like 2.5.', 3, 'decimal'),
              },
              ...(holiday?.accrualPercent != null
                ? [
                    {
                      value: 'accrual',
                      label: `${holiday.accrualPercent}% of the hours they work`,
                      hint: 'For irregular or zero hours: holiday builds up as they work.',
                    },
                  ]
                : []),
            ]}
          />
          {text('holidayYearStarts', 'When their holiday year starts', 'For example, 1 April.', { width: 20 })}
          {area('holidayExtra', 'Holiday rules (optional)', 'How to book holiday, bank holidays, and holiday pay when they leave.')}
        </>,
      )}

      {fieldset(
        'Sick pay and other leave',
        <>
          {area('sickPay', 'Sick leave and sick pay')}
          {area('otherPaidLeave', 'Other paid leave (optional)')}
          {area('otherBenefits', 'Other benefits (optional)', 'For example, travel costs. Leave empty if there are none.', 2)}
        </>,
      )}

      {fieldset(
        'Notice',
        <>
          {number('employerNoticeWeeks', 'Notice you give, in weeks', `${nowMinimum}${notice?.employer ?? ''}`, 3)}
          {number('workerNoticeWeeks', 'Notice they give, in weeks', notice?.worker, 3)}
        </>,
      )}

      {fieldset(
        'Probation',
        <>
          {number('probationMonths', 'Probation length, in months', 'Use 0 for no probation. Most are 3 months or less.', 3)}
          {area('probationConditions', 'Probation conditions (optional)')}
        </>,
      )}

      {fieldset(
        'Other terms',
        <>
          {area('workAbroad', 'Work outside the UK', undefined, 2)}
          {area('requiredTraining', 'Training they must do', 'Include training you do not pay for.', 2)}
          {area('pension', 'Pension (optional)', 'You may add this within 2 months of their start date.')}
          {area('disciplinaryAndGrievance', 'Disciplinary and grievance (optional)', 'You may add this within 2 months of their start date.')}
        </>,
      )}

      <Button busy={form.formState.isSubmitting} busyText="Saving…">
        {isChange ? 'Save the new terms' : 'Save their statement'}
      </Button>
    </FormPage>
  );
}
