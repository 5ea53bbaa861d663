import type { ContractVersion, EmployerProfile } from '../../shared/api/index.js';
import { valueOn } from '../../shared/reference/dated.js';
import { HOLIDAY, STATUTORY_NOTICE } from '../../shared/reference/employment.js';
import { dateInWords } from '../../shared/dates.js';
import { pence } from '../../shared/money.js';
import { formatPostcode } from '../../shared/people/postcode.js';
import { holidayAccrualPercent, holidayDaysPerYear, probationEndsOn } from './rules.js';

/**
 * The words of the written statement of employment particulars (REFERENCE §1.2), written to
 * the PA in plain English, in one voice: the employer's, as "I" (the form's own suggested
 * wording is in the same voice). Pure: terms, employer and PA in, sections out;
 * statement-pdf.ts only lays them out. Each item the law requires in the principal statement
 * has its own heading, and `item` gives its number in the Acas list (1–18). Nothing is said
 * twice.
 */

export interface StatementSection {
  /** The item's number in the Acas list of the principal statement, when it is one. */
  item?: number;
  heading: string;
  paragraphs: string[];
}

export interface StatementParty {
  /** "Employer" or "Employee". */
  role: string;
  name: string;
}

export interface StatementText {
  title: string;
  /** Under the title: who the statement is between. */
  intro: string[];
  sections: StatementSection[];
  signatures: { heading: string; advice: string[]; parties: StatementParty[] };
}

export interface StatementPerson {
  fullName: string;
  /** The PA's first day ('' when not recorded: the first version's date stands in). */
  startDate: string;
}

export const STATEMENT_TITLE = 'Written statement of employment particulars';

const FREQUENCY: Record<ContractVersion['payFrequency'], string> = {
  weekly: 'weekly',
  fortnightly: 'every 2 weeks',
  'four-weekly': 'every 4 weeks',
  monthly: 'monthly',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const weeks = (n: number) => plural(n, 'week');
/** "1 week's notice", "2 weeks' notice". */
const noticeOf = (n: number) => `${n === 1 ? "1 week's" : `${n} weeks'`} notice`;

/** Words that start a phrase with a capital only because they started the box ("The last Friday…"). */
const LOWER_INSIDE = /^(The|A|An|Every|Each|Last|First|On|In|At|By|Within|Once|Twice)\b/;

/**
 * Free text the employer typed, made to sit inside a sentence: no leading "on", no final full
 * stop, and a first word like "The" or "Every" in small letters ("paid monthly, on the last
 * Friday of each month"). Names and days keep their capitals.
 */
function phrase(text: string, leading = ''): string {
  const trimmed = text.trim().replace(/[.\s]+$/, '');
  const rest = leading && trimmed.toLowerCase().startsWith(`${leading} `) ? trimmed.slice(leading.length + 1) : trimmed;
  return rest.replace(LOWER_INSIDE, (word) => word.toLowerCase());
}

/** Free text as a sentence or paragraph of its own. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The employer's address on one line; '' when none is recorded. */
export function employerAddress(employer: EmployerProfile): string {
  return [employer.addressLine1, employer.addressLine2, employer.town, formatPostcode(employer.postcode)].filter((part) => part.trim()).join(', ');
}

export function employerName(employer: EmployerProfile): string {
  return employer.kind === 'representative' && employer.actingFor ? `${employer.name}, acting for ${employer.actingFor}` : employer.name;
}

function noticeSection(v: ContractVersion): StatementSection {
  const rules = valueOn(STATUTORY_NOTICE, v.appliesFrom) ?? STATUTORY_NOTICE[STATUTORY_NOTICE.length - 1]!.value;
  const after = plural(rules.qualifyingMonths, 'month');
  const theyGive =
    v.workerNoticeWeeks > 0
      ? `If you want to leave, you must give me ${noticeOf(v.workerNoticeWeeks)}.`
      : `If you want to leave, you must give me the notice the law sets.`;
  const employerGives =
    v.employerNoticeWeeks > 0
      ? `If I end your employment, I will give you ${noticeOf(v.employerNoticeWeeks)}, or the legal minimum if that is longer.`
      : `If I end your employment, I will give you the legal minimum notice.`;
  return {
    item: 14,
    heading: 'Notice',
    paragraphs: [
      theyGive,
      `The law says you must give at least ${noticeOf(rules.workerWeeks)} once you have worked here for ${after}.`,
      employerGives,
      `The legal minimum I must give is: no notice in your first ${plural(rules.qualifyingMonths, 'month')}; ` +
        `${weeks(rules.firstWeeks)} once you have worked here for ${after}; ` +
        `${weeks(rules.perYearFrom)} after ${plural(rules.perYearFrom, 'complete year')}; ` +
        `then 1 more week for each complete year, up to ${weeks(rules.maxWeeks)} after ${plural(rules.maxWeeks, 'year')} or more.`,
    ],
  };
}

function holidaySection(v: ContractVersion): StatementSection {
  const paragraphs: string[] = [];
  if (v.holidayMethod === 'weeks') {
    const rules = valueOn(HOLIDAY, v.appliesFrom) ?? HOLIDAY[HOLIDAY.length - 1]!.value;
    const days = holidayDaysPerYear(v.daysPerWeek, v.appliesFrom);
    const capped = rules.weeks * v.daysPerWeek > rules.capDays;
    paragraphs.push(
      capped
        ? `You get ${days} days of paid holiday a year: ${rules.weeks} weeks, up to the legal maximum of ${rules.capDays} days.`
        : `You get ${days} days of paid holiday a year: ${rules.weeks} weeks for someone who works ${plural(v.daysPerWeek, 'day')} a week.`,
    );
  } else {
    const percent = holidayAccrualPercent(v.appliesFrom);
    paragraphs.push(
      `Your paid holiday builds up as you work: ${percent}% of the hours you work in each pay period.`,
    );
  }
  paragraphs.push(`Your holiday year starts on ${phrase(v.holidayYearStarts, 'on')}.`);
  if (v.holidayExtra) paragraphs.push(sentence(v.holidayExtra));
  // Said once: the form's suggested holiday rules already say it.
  if (!/\bleav(e|es|ing)\b/i.test(v.holidayExtra)) {
    paragraphs.push('If you leave, I will pay you for any holiday you have built up in the holiday year but not taken.');
  }
  return { item: 10, heading: 'Holiday and holiday pay', paragraphs };
}

function hoursSection(v: ContractVersion): StatementSection {
  const paragraphs = [
    v.hoursPerWeek > 0 ? `You work ${v.hoursPerWeek} hours a week.` : 'Your hours are not fixed: they change from week to week.',
    `When you work: ${sentence(v.workingPattern)}`,
    v.hoursCanChange
      ? `How your hours or days can change: ${sentence(v.hoursCanChange)}`
      : 'Your hours or days can only change if we both agree.',
  ];
  return { item: 9, heading: 'Working hours', paragraphs };
}

function probationSection(v: ContractVersion, start: string): StatementSection {
  if (v.probationMonths === 0) return { item: 16, heading: 'Probation', paragraphs: ['There is no probation period.'] };
  const paragraphs = [
    `You have a probation period of ${plural(v.probationMonths, 'month')}, from ${dateInWords(start)} to ${dateInWords(probationEndsOn(start, v.probationMonths))}.`,
    v.probationConditions ? `Conditions: ${sentence(v.probationConditions)}` : 'There are no other conditions.',
  ];
  return { item: 16, heading: 'Probation', paragraphs };
}

/** The whole statement for one version of the terms. */
export function statementText(v: ContractVersion, employer: EmployerProfile, pa: StatementPerson, firstAppliesFrom: string): StatementText {
  const start = pa.startDate || firstAppliesFrom;
  const continuous = v.continuousEmploymentFrom || start;
  const name = employerName(employer);
  const address = employerAddress(employer);

  const sections: StatementSection[] = [
    { item: 1, heading: 'Your employer', paragraphs: [`I am your employer: ${name}.`] },
    { item: 2, heading: 'Your name', paragraphs: [`This statement is for ${pa.fullName}.`] },
    { item: 3, heading: 'Start date', paragraphs: [`Your start date is ${dateInWords(start)}.`] },
    {
      item: 4,
      heading: 'Continuous employment',
      paragraphs: [
        `Your continuous employment began on ${dateInWords(continuous)}.`,
        ...(continuous < start ? ['This is earlier than your start date because earlier work counts towards it.'] : []),
      ],
    },
    {
      item: 5,
      heading: 'Job title',
      paragraphs: [`Your job title is ${phrase(v.jobTitle)}.`, ...(v.jobDescription ? [`What the job involves: ${sentence(v.jobDescription)}`] : [])],
    },
    {
      item: 6,
      heading: "Your employer's address",
      paragraphs: [address ? `My address is ${address}.` : 'I have not recorded my address in Carebook yet. Ask me for it.'],
    },
    { item: 7, heading: 'Where you will work', paragraphs: [sentence(v.placeOfWork)] },
    {
      item: 8,
      heading: 'Pay',
      paragraphs: [
        `Your pay is ${pence(v.hourlyRatePence)} an hour, paid ${FREQUENCY[v.payFrequency]}, on ${phrase(v.payDay, 'on')}.`,
        'I take off tax and National Insurance as the law requires, and give you a payslip each time you are paid.',
      ],
    },
    hoursSection(v),
    holidaySection(v),
    { item: 11, heading: 'Sick leave and sick pay', paragraphs: [sentence(v.sickPay)] },
    {
      item: 12,
      heading: 'Other paid leave',
      paragraphs: [v.otherPaidLeave ? sentence(v.otherPaidLeave) : 'There is no other paid leave, apart from the leave the law gives you.'],
    },
    {
      item: 13,
      heading: 'Other benefits',
      paragraphs: [v.otherBenefits ? sentence(v.otherBenefits) : 'There are no other benefits.'],
    },
    noticeSection(v),
    {
      item: 15,
      heading: 'How long the job lasts',
      paragraphs: [v.kind === 'permanent' ? 'This job is permanent.' : `This is a fixed-term job. It ends on ${dateInWords(v.endsOn)}.`],
    },
    probationSection(v, start),
    { item: 17, heading: 'Working outside the UK', paragraphs: [sentence(v.workAbroad)] },
    { item: 18, heading: 'Training you must do', paragraphs: [sentence(v.requiredTraining)] },
    {
      heading: 'Pension',
      paragraphs: [v.pension ? sentence(v.pension) : 'I will give you details of your workplace pension separately.'],
    },
    {
      heading: 'Disciplinary and grievance',
      paragraphs: [
        v.disciplinaryAndGrievance
          ? sentence(v.disciplinaryAndGrievance)
          : 'I will give you the disciplinary and grievance rules separately.',
      ],
    },
    {
      heading: 'About this statement',
      paragraphs:
        v.version === 1
          ? [`This is version 1 of your written statement. It applies from ${dateInWords(v.appliesFrom)}.`]
          : [
              `This is version ${v.version} of your written statement. It applies from ${dateInWords(v.appliesFrom)} and replaces the earlier versions.`,
              ...(v.changeSummary ? [`What changed: ${sentence(v.changeSummary)}`] : []),
            ],
    },
  ];

  return {
    title: STATEMENT_TITLE,
    // The address is item 6 below: said once.
    intro: [`Between me, ${name} (your employer), and you, ${pa.fullName}.`],
    sections,
    signatures: {
      heading: 'Signatures',
      advice: ['We each sign and date two copies of this statement: one for you to keep and one for me.'],
      parties: [
        { role: 'Employer', name: employer.name },
        { role: 'Employee', name: pa.fullName },
      ],
    },
  };
}

/** A file name for the statement that is safe on every system. */
export function statementFileName(fullName: string, version: number): string {
  const safeName = fullName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'PA';
  return `Written statement - ${safeName} - version ${version}.pdf`;
}
