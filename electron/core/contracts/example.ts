import type { ContractTerms } from '../../shared/api/index.js';
import { addDaysIso, dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { valueOn } from '../../shared/reference/dated.js';
import { MINIMUM_WAGE, REAL_LIVING_WAGE } from '../../shared/reference/pay-rates.js';
import { insertRows, type ExampleBook } from '../example/example-book.js';
import { accrualAllowedFrom } from './rules.js';
import type { ContractVersionTable } from './schema.js';

/**
 * The example book's written statements: every PA with a start date has a first statement,
 * given on their first day (or today, for one who has not started yet); those who have been
 * there through an April have had a pay rise each April (the last three kept), agreed and
 * given in March. One PA in four works irregular hours, with holiday that builds up as they
 * work once the law allowed it (the employer's insurance is in reminders.ts). Everything
 * follows from the PAs' dates, so the book is the same each time.
 */

// In the employer's own voice, as the statement is written.
const SICK_PAY = 'Statutory Sick Pay. Phone me before your shift if you are too ill to work.';
const TRAINING = 'Moving and handling, and the Care Certificate, in your first 12 weeks. I pay for both.';

function firstTerms(workerId: string, startDate: string, i: number): ContractTerms {
  const irregular = i % 4 === 3;
  const accrual = irregular && startDate >= accrualAllowedFrom();
  const days = 2 + (i % 4); // 2 to 5 days a week
  return {
    workerId,
    appliesFrom: startDate,
    continuousEmploymentFrom: '',
    jobTitle: 'Personal assistant',
    jobDescription: 'Personal care, cooking, help around the house, and getting out and about.',
    placeOfWork: 'At my home, 1 Sample Street, Exampleton, and out and about in Exampleton',
    hourlyRatePence: lawful(1150 + (i % 5) * 25, startDate),
    payFrequency: i % 3 === 0 ? 'four-weekly' : 'monthly',
    payDay: i % 3 === 0 ? 'every fourth Friday' : 'the last working day of the month',
    hoursPerWeek: irregular ? 0 : days * 5,
    workingPattern: irregular ? 'Shifts agreed a week ahead, usually evenings and weekends' : `${days} days a week, 9am to 2pm, on days agreed each month`,
    hoursCanChange: 'Only if we both agree, with at least 2 weeks of notice',
    holidayMethod: accrual ? 'accrual' : 'weeks',
    daysPerWeek: accrual ? 0 : irregular ? 2 : days,
    holidayYearStarts: '1 April',
    holidayExtra: 'Bank holidays are part of your holiday. Ask at least 4 weeks ahead for a week or more off.',
    sickPay: SICK_PAY,
    otherPaidLeave: '',
    otherBenefits: '',
    employerNoticeWeeks: 2,
    workerNoticeWeeks: 2,
    kind: 'permanent',
    endsOn: '',
    probationMonths: 3,
    probationConditions: 'A meeting at the end of each month to talk about how it is going.',
    workAbroad: 'You will not work outside the UK.',
    requiredTraining: TRAINING,
    pension: 'You will be enrolled in NEST, the workplace pension scheme, if you are eligible.',
    disciplinaryAndGrievance: 'The disciplinary and grievance rules are in the folder by the front door.',
    changeSummary: '',
  };
}

/** The Aprils after the first day (and before leaving, and by today), the last `keep` of them. */
function payRiseDates(startDate: string, until: string, keep: number): string[] {
  const dates: string[] = [];
  for (let year = Number(startDate.slice(0, 4)); `${year}-04-01` <= until; year++) {
    const april = `${year}-04-01`;
    // A rise in the first 2 months would be odd: wait for the next April.
    if (addDaysIso(startDate, 60) < april) dates.push(april);
  }
  return dates.slice(-keep);
}

/** Every April after the first day, by `until`: one whose new legal minimum the rate is under needs a rise too. */
function aprilsAfter(startDate: string, until: string): string[] {
  const dates: string[] = [];
  for (let year = Number(startDate.slice(0, 4)); `${year}-04-01` <= until; year++) if (`${year}-04-01` > startDate) dates.push(`${year}-04-01`);
  return dates;
}

/**
 * At least 10p over the National Living Wage on that date, so every rate is lawful for every
 * age, and at least the Real Living Wage: the example employer pays it (issue 10).
 */
function lawful(rate: number, date: string): number {
  const floor = valueOn(MINIMUM_WAGE, date)?.rates['21-and-over'];
  return floor === undefined ? rate : Math.max(rate, floor + 10, valueOn(REAL_LIVING_WAGE, date)?.uk ?? 0);
}

export async function fillContracts({ db, today, record }: ExampleBook): Promise<void> {
  const accrualFrom = accrualAllowedFrom();
  const rows: ContractVersionTable[] = [];
  // In the order the workers step made them, so the mix of terms is the same each time.
  const pas = await db.selectFrom('worker').select(['id', 'fullName', 'startDate', 'leftOn']).orderBy('createdAt').execute();

  pas.forEach((pa, i) => {
    if (!pa.startDate) return;
    const first = firstTerms(pa.id, pa.startDate, i);
    const issuedOn = pa.startDate < today ? pa.startDate : today;
    const versions: { terms: ContractTerms; issuedOn: string; agreedOn: string }[] = [{ terms: first, issuedOn, agreedOn: '' }];

    const until = pa.leftOn && pa.leftOn < today ? pa.leftOn : today;
    let rate = first.hourlyRatePence;
    let previous = first;
    const kept = payRiseDates(pa.startDate, until, 1 + (i % 3));
    for (const april of aprilsAfter(pa.startDate, until)) {
      if (!kept.includes(april) && lawful(rate, april) === rate) continue;
      rate = lawful(kept.includes(april) ? Math.round((rate * 1.04) / 5) * 5 : rate, april);
      // An irregular-hours PA moves to holiday that builds up with their hours once the law allows it.
      const accrual = i % 4 === 3 && april >= accrualFrom && previous.holidayMethod === 'weeks';
      const terms: ContractTerms = {
        ...previous,
        appliesFrom: april,
        hourlyRatePence: rate,
        ...(accrual ? { holidayMethod: 'accrual' as const, daysPerWeek: 0 } : {}),
        changeSummary: `Pay rise to ${pence(rate)} an hour${accrual ? ', and holiday now builds up with the hours you work' : ''}.`,
      };
      const agreedOn = [`${april.slice(0, 4)}-03-15`, pa.startDate].sort()[1]!;
      versions.push({ terms, issuedOn: agreedOn, agreedOn });
      previous = terms;
    }

    versions.forEach(({ terms, issuedOn: given, agreedOn }, v) => {
      // Ids from the PA's id and the version number: the same every time.
      const id = `${pa.id.slice(0, 24)}${(v + 1).toString(16).padStart(12, '0')}`;
      const about = { workerId: pa.id, recordId: id, kind: 'contracts' as const, method: 'contracts.save', at: `${given}T10:00:00.000Z` };
      record({
        ...about,
        summary: v === 0 ? `Wrote the written statement (version 1), from ${dateInWords(terms.appliesFrom)}` : `Changed the terms from ${dateInWords(terms.appliesFrom)} (version ${v + 1}): ${terms.changeSummary}`,
      });
      rows.push({
        id,
        workerId: pa.id,
        version: v + 1,
        appliesFrom: terms.appliesFrom,
        terms: JSON.stringify(terms),
        issuedOn: given,
        agreedOn,
        createdAt: `${given}T10:00:00.000Z`,
      });
    });
  });

  await insertRows(db, 'contractVersion', rows);
}
