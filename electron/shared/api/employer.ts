import { z } from 'zod';
import { emailField, nothing, optionalDate, optionalText, postcodeField, requiredText, wholeNumber } from './fields.js';
import { method } from './method.js';

export const EMPLOYER_KINDS = ['individual', 'representative', 'agency'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

const postcode = postcodeField();
const email = emailField();

/** Who employs the PAs, and how to reach them. */
export const employerSchema = z
  .object({
    kind: z.enum(EMPLOYER_KINDS, { error: 'Choose who employs your PAs' }).meta({ title: 'Who employs your PAs' }),
    name: requiredText('Your name, or the name of your organisation', 200),
    /** For a representative or appointee: the person they act for. */
    actingFor: optionalText('The name of the person you act for', 200),
    addressLine1: optionalText('Address line 1', 200),
    addressLine2: optionalText('Address line 2', 200),
    town: optionalText('Town or city', 100),
    postcode,
    phone: optionalText('Phone number', 40),
    email,
  })
  .strict();
export type EmployerDetails = z.output<typeof employerSchema>;

/** Employer's liability insurance: required by law, at least the minimum cover in reference data. */
export const insuranceSchema = z
  .object({
    insurer: optionalText('Insurer', 200),
    policyNumber: optionalText('Policy number', 100),
    /** Whole pounds; null when not known. */
    coverPounds: wholeNumber('Amount of cover', 0, 1_000_000_000).nullable().default(null),
    renewsOn: optionalDate('Renewal date'),
  })
  .strict();
export type Insurance = z.output<typeof insuranceSchema>;

/** Registered with HMRC as an employer, and the workplace pension. */
export const payrollSchema = z
  .object({
    payeReference: optionalText('Employer PAYE reference', 20).refine(
      (v) => v === '' || /^\d{3}\s?\/\s?[A-Z0-9]{1,10}$/i.test(v),
      { error: 'Employer PAYE reference must look like 123/AB45678: 3 numbers, a slash, then letters and numbers' },
    ),
    pensionScheme: optionalText('Pension scheme', 200),
    /** The duties start date: the day the first PA started. */
    pensionDutiesStartOn: optionalDate('Pension duties start date'),
    pensionDeclarationOn: optionalDate('Declaration of compliance date'),
  })
  .strict();
export type Payroll = z.output<typeof payrollSchema>;

export const WAGE_AREAS = ['london', 'elsewhere'] as const;
/** Direct payments: which council, and London or not (the Real Living Wage differs). */
export const fundingSchema = z
  .object({
    localAuthority: optionalText('Local council', 200),
    wageArea: z.enum(WAGE_AREAS, { error: 'Choose whether your PAs work in London' }).meta({ title: 'Whether your PAs work in London' }).nullable().default(null),
  })
  .strict();
export type Funding = z.output<typeof fundingSchema>;

export type EmployerProfile = EmployerDetails & Insurance & Payroll & Funding;

export const employerApi = {
  /** null until the employer profile has been saved once. */
  'employer.get': method(nothing).reads<EmployerProfile | null>(),
  /** Each section saves on its own, so saving one never blanks another. */
  'employer.update': method(employerSchema).writes<EmployerProfile>(),
  'employer.updateInsurance': method(insuranceSchema).writes<EmployerProfile>(),
  'employer.updatePayroll': method(payrollSchema).writes<EmployerProfile>(),
  'employer.updateFunding': method(fundingSchema).writes<EmployerProfile>(),
} as const;
