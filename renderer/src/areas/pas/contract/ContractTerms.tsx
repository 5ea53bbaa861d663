import type { ReactNode } from 'react';
import { count, dateInWords } from '../../../lib/format.js';
import type { ContractFacts, ContractVersion } from '../../../shared.js';
import { SummaryList, type SummaryRow } from '../../../ui/index.js';
import { holidayRules } from './contract-form.js';
import {
  hoursWords,
  jobLengthWords,
  noticeWords,
  PAY_FREQUENCY_WORDS,
  probationWords,
  rateWords,
  weeksWords,
} from './contract-words.js';

const NONE = <span className="secondary-text">Not in the statement</span>;

/** Text someone wrote, keeping their line breaks. */
function text(value: string): ReactNode {
  return value ? <span className="contract-text">{value}</span> : NONE;
}

function holiday(v: ContractVersion, facts: ContractFacts | null): string {
  if (v.holidayMethod === 'accrual') {
    const percent = facts?.holidayAccrualPercent ?? holidayRules(v.appliesFrom)?.accrualPercent;
    return percent != null ? `${percent}% of the hours they work, built up as they work` : 'Built up as a share of the hours they work';
  }
  const weeks = holidayRules(v.appliesFrom)?.weeks;
  const basis = `${weeks ?? ''} weeks a year, for ${count(v.daysPerWeek, 'day')} a week`.trim();
  return facts?.holidayDaysPerYear != null ? `${facts.holidayDaysPerYear} days a year (${basis})` : basis;
}

/**
 * A version's terms, grouped as the written statement is. `facts` (only for the terms that
 * apply now) adds what the law says beside them: notice minimums, the probation end date,
 * holiday days.
 */
export function ContractTerms({ version: v, facts }: { version: ContractVersion; facts: ContractFacts | null }) {
  const groups: { heading: string; rows: SummaryRow[] }[] = [
    {
      heading: 'About the job',
      rows: [
        { key: 'Job title', value: v.jobTitle },
        { key: 'What the job involves', value: text(v.jobDescription) },
        { key: v.version === 1 ? 'Start date' : 'These terms start', value: dateInWords(v.appliesFrom) },
        ...(v.continuousEmploymentFrom
          ? [{ key: 'Continuous employment began', value: dateInWords(v.continuousEmploymentFrom) }]
          : []),
        { key: 'Where they work', value: text(v.placeOfWork) },
        { key: 'How long the job lasts', value: jobLengthWords(v) },
      ],
    },
    {
      heading: 'Pay',
      rows: [
        { key: 'Hourly rate', value: rateWords(v.hourlyRatePence) },
        { key: 'How often they are paid', value: PAY_FREQUENCY_WORDS[v.payFrequency] },
        { key: 'When they are paid', value: text(v.payDay) },
      ],
    },
    {
      heading: 'Hours',
      rows: [
        { key: 'Hours a week', value: hoursWords(v.hoursPerWeek) },
        { key: 'Days and times', value: text(v.workingPattern) },
        { key: 'How hours can change', value: text(v.hoursCanChange) },
      ],
    },
    {
      heading: 'Holiday',
      rows: [
        { key: 'Holiday each year', value: holiday(v, facts) },
        { key: 'Holiday year starts', value: v.holidayYearStarts },
        { key: 'Holiday rules', value: text(v.holidayExtra) },
      ],
    },
    {
      heading: 'Sick pay and leave',
      rows: [
        { key: 'Sick leave and sick pay', value: text(v.sickPay) },
        { key: 'Other paid leave', value: text(v.otherPaidLeave) },
        { key: 'Other benefits', value: text(v.otherBenefits) },
      ],
    },
    {
      heading: 'Notice',
      rows: [
        {
          key: 'Notice you give',
          value: facts
            ? noticeWords(v.employerNoticeWeeks, facts.statutoryEmployerNoticeWeeks, facts.service)
            : weeksWords(v.employerNoticeWeeks),
        },
        {
          key: 'Notice they give',
          value: facts
            ? noticeWords(v.workerNoticeWeeks, facts.statutoryWorkerNoticeWeeks, facts.service)
            : weeksWords(v.workerNoticeWeeks),
        },
      ],
    },
    {
      heading: 'Probation',
      rows: [
        { key: 'Probation length', value: probationWords(v.probationMonths, facts?.probationEndsOn || null) },
        ...(v.probationMonths > 0 ? [{ key: 'Probation conditions', value: text(v.probationConditions) }] : []),
      ],
    },
    {
      heading: 'Other terms',
      rows: [
        { key: 'Work outside the UK', value: text(v.workAbroad) },
        { key: 'Training they must do', value: text(v.requiredTraining) },
        { key: 'Pension', value: text(v.pension) },
        { key: 'Disciplinary and grievance', value: text(v.disciplinaryAndGrievance) },
      ],
    },
  ];
  return (
    <>
      {groups.map((g) => (
        <section key={g.heading} aria-labelledby={`terms-${g.heading.replace(/\W+/g, '-')}`}>
          <h3 id={`terms-${g.heading.replace(/\W+/g, '-')}`} className="heading-s contract-terms__heading">
            {g.heading}
          </h3>
          <SummaryList rows={g.rows} />
        </section>
      ))}
    </>
  );
}
