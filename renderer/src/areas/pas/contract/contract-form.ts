import { z } from 'zod';
import {
  contractTermsSchema,
  HOLIDAY,
  parsePounds,
  poundsForInput,
  STATUTORY_NOTICE,
  valueOn,
  type ContractVersion,
  type EmployerProfile,
  type Worker,
} from '../../../shared.js';

/**
 * The contract form works in the words and units people type (pounds, "12.5" hours), then
 * turns its values into the shared ContractTerms and checks them with contractTermsSchema, so
 * the form and the core agree on every rule.
 */

const shape = contractTermsSchema.shape;

/** A number typed in a box: empty says "Enter …", then the shared rule for that number. */
function typedNumber<T extends z.ZodType<number, number>>(whenEmpty: string, rule: T) {
  return z
    .string()
    .trim()
    .min(1, { error: whenEmpty })
    .transform((v) => Number(v))
    .pipe(rule);
}

export const HOURLY_RATE_ERROR = 'Enter the hourly rate in pounds, like 12.71';

const formFields = z.object({
  appliesFrom: shape.appliesFrom,
  continuousEmploymentFrom: shape.continuousEmploymentFrom,
  jobTitle: shape.jobTitle,
  jobDescription: shape.jobDescription,
  placeOfWork: shape.placeOfWork,
  hourlyRate: z
    .string()
    .refine((v) => parsePounds(v) !== null, { error: HOURLY_RATE_ERROR })
    .transform((v) => parsePounds(v)!)
    .pipe(shape.hourlyRatePence),
  payFrequency: shape.payFrequency,
  payDay: shape.payDay,
  hoursPerWeek: typedNumber('Enter the hours they work a week, or 0 if their hours change', shape.hoursPerWeek),
  workingPattern: shape.workingPattern,
  hoursCanChange: shape.hoursCanChange,
  holidayMethod: shape.holidayMethod,
  /** Only asked for the `weeks` method; checked below. */
  daysPerWeek: z.string().trim(),
  holidayYearStarts: shape.holidayYearStarts,
  holidayExtra: shape.holidayExtra,
  sickPay: shape.sickPay,
  otherPaidLeave: shape.otherPaidLeave,
  otherBenefits: shape.otherBenefits,
  employerNoticeWeeks: typedNumber('Enter the weeks of notice you give', shape.employerNoticeWeeks),
  workerNoticeWeeks: typedNumber('Enter the weeks of notice they give', shape.workerNoticeWeeks),
  kind: shape.kind,
  endsOn: shape.endsOn,
  probationMonths: typedNumber('Enter the probation length in months, or 0 for no probation', shape.probationMonths),
  probationConditions: shape.probationConditions,
  workAbroad: shape.workAbroad,
  requiredTraining: shape.requiredTraining,
  pension: shape.pension,
  disciplinaryAndGrievance: shape.disciplinaryAndGrievance,
  changeSummary: shape.changeSummary,
});

export type ContractFormValues = z.input<typeof formFields>;

/** The form's schema for one PA. `isChange`: a new version, which must say what changed. */
export function contractFormSchema(workerId: string, isChange: boolean) {
  return formFields
    .superRefine((v, ctx) => {
      if (v.holidayMethod === 'weeks' && v.daysPerWeek === '') {
        ctx.addIssue({ code: 'custom', path: ['daysPerWeek'], message: 'Enter the days they work each week' });
      }
      if (isChange && v.changeSummary === '') {
        ctx.addIssue({ code: 'custom', path: ['changeSummary'], message: 'Enter what changed' });
      }
    })
    .transform(
      ({ hourlyRate, daysPerWeek, ...rest }): z.input<typeof contractTermsSchema> => ({
        ...rest,
        workerId,
        hourlyRatePence: hourlyRate,
        // Accrued holiday does not depend on days a week; the core still stores a number.
        daysPerWeek: rest.holidayMethod === 'weeks' ? Number(daysPerWeek) : 0,
        endsOn: rest.kind === 'fixed-term' ? rest.endsOn : '',
      }),
    )
    .pipe(contractTermsSchema);
}

/** The core names the pence field; the form asks in pounds. */
export const SERVER_FIELD_NAMES = { hourlyRatePence: 'hourlyRate' };

/** The same text the form starts with for a first statement: plain, lawful defaults for a PA. */
export const DEFAULT_TEXT = {
  sickPay: 'You will get Statutory Sick Pay (SSP) if you are eligible. Tell me as soon as you can if you are ill and cannot work.',
  workAbroad: 'You will not be asked to work outside the UK.',
  requiredTraining: 'The Care Certificate, and the training in your induction plan.',
  holidayYearStarts: '1 April',
  payDay: 'The last Friday of each month',
  hoursCanChange: 'We can change your hours or days if we both agree. I will confirm any change in writing.',
  holidayExtra:
    'Ask me for time off as early as you can. Bank holidays are part of your holiday. When you leave, I will pay you for holiday you have built up but not taken.',
  otherPaidLeave:
    'You can take the leave the law gives you, such as maternity, paternity, adoption and shared parental leave, and time off for emergencies.',
  probationConditions:
    'We will meet during your probation to talk about how the job is going. At the end, I will tell you in writing whether you have passed.',
  pension: 'I will put you into a workplace pension if the law says I must, and tell you about it in writing.',
  disciplinaryAndGrievance:
    'If you have a problem at work, talk to me first. If that does not sort it out, put it in writing. I will follow the Acas Code of Practice on disciplinary and grievance procedures.',
} as const;

function employerAddress(e: EmployerProfile | null): string {
  return e ? [e.addressLine1, e.addressLine2, e.town, e.postcode].filter(Boolean).join(', ') : '';
}

/** What a first statement starts with. Figures the law sets come from the dated tables. */
export function firstStatementValues(worker: Worker, employer: EmployerProfile | null, today: string): ContractFormValues {
  const notice = valueOn(STATUTORY_NOTICE, worker.startDate || today);
  const address = employerAddress(employer);
  return {
    appliesFrom: worker.startDate,
    continuousEmploymentFrom: '',
    jobTitle: worker.jobTitle || 'Personal assistant',
    jobDescription: '',
    placeOfWork: address ? `My home, ${address}, and places I go to in the community.` : 'My home, and places I go to in the community.',
    hourlyRate: '',
    payFrequency: 'monthly',
    payDay: DEFAULT_TEXT.payDay,
    hoursPerWeek: '',
    workingPattern: '',
    hoursCanChange: DEFAULT_TEXT.hoursCanChange,
    holidayMethod: 'weeks',
    daysPerWeek: '',
    holidayYearStarts: DEFAULT_TEXT.holidayYearStarts,
    holidayExtra: DEFAULT_TEXT.holidayExtra,
    sickPay: DEFAULT_TEXT.sickPay,
    otherPaidLeave: DEFAULT_TEXT.otherPaidLeave,
    otherBenefits: '',
    employerNoticeWeeks: String(notice?.firstWeeks ?? ''),
    workerNoticeWeeks: String(notice?.workerWeeks ?? ''),
    kind: 'permanent',
    endsOn: '',
    probationMonths: '3',
    probationConditions: DEFAULT_TEXT.probationConditions,
    workAbroad: DEFAULT_TEXT.workAbroad,
    requiredTraining: DEFAULT_TEXT.requiredTraining,
    pension: DEFAULT_TEXT.pension,
    disciplinaryAndGrievance: DEFAULT_TEXT.disciplinaryAndGrievance,
    changeSummary: '',
  };
}

/** A change starts from the terms that apply now; the person picks the date and says what changed. */
export function changeValues(current: ContractVersion): ContractFormValues {
  return {
    appliesFrom: '',
    continuousEmploymentFrom: current.continuousEmploymentFrom,
    jobTitle: current.jobTitle,
    jobDescription: current.jobDescription,
    placeOfWork: current.placeOfWork,
    hourlyRate: poundsForInput(current.hourlyRatePence),
    payFrequency: current.payFrequency,
    payDay: current.payDay,
    hoursPerWeek: String(current.hoursPerWeek),
    workingPattern: current.workingPattern,
    hoursCanChange: current.hoursCanChange,
    holidayMethod: current.holidayMethod,
    daysPerWeek: current.holidayMethod === 'weeks' ? String(current.daysPerWeek) : '',
    holidayYearStarts: current.holidayYearStarts,
    holidayExtra: current.holidayExtra,
    sickPay: current.sickPay,
    otherPaidLeave: current.otherPaidLeave,
    otherBenefits: current.otherBenefits,
    employerNoticeWeeks: String(current.employerNoticeWeeks),
    workerNoticeWeeks: String(current.workerNoticeWeeks),
    kind: current.kind,
    endsOn: current.endsOn,
    probationMonths: String(current.probationMonths),
    probationConditions: current.probationConditions,
    workAbroad: current.workAbroad,
    requiredTraining: current.requiredTraining,
    pension: current.pension,
    disciplinaryAndGrievance: current.disciplinaryAndGrievance,
    changeSummary: '',
  };
}

/** Holiday figures the law sets on a date, for hints and for versions shown without facts. */
export function holidayRules(date: string) {
  return valueOn(HOLIDAY, date);
}
