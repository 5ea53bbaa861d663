import { z } from 'zod';
import { nothing, optionalText, requiredText } from './fields.js';
import { method } from './method.js';

export const EMPLOYER_KINDS = ['individual', 'representative', 'agency'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

const postcode = optionalText('Postcode', 10).refine(
  (v) => v === '' || /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(v),
  { error: 'Enter a real postcode, for example SW1A 1AA' },
);

const email = optionalText('Email address', 200).refine(
  (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  { error: 'Enter an email address in the right format, like name@example.com' },
);

/** Who employs the PAs. Later areas (insurance, PAYE, pension) add their own fields. */
export const employerSchema = z
  .object({
    kind: z.enum(EMPLOYER_KINDS, { error: 'Choose who employs your PAs' }),
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
export type EmployerProfile = z.output<typeof employerSchema>;

export const employerApi = {
  /** null until the employer profile has been saved once. */
  'employer.get': method(nothing).returns<EmployerProfile | null>(),
  'employer.update': method(employerSchema).returns<EmployerProfile>(),
} as const;
