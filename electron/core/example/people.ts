import type { EmployerDetails } from '../../shared/api/index.js';

/** Made-up people for the example book. Any likeness to real people is chance. */
export const EXAMPLE_EMPLOYER: EmployerDetails = {
  kind: 'individual',
  name: 'Alex Example',
  actingFor: '',
  addressLine1: '1 Sample Street',
  addressLine2: '',
  town: 'Exampleton',
  postcode: 'EX1 1AA',
  phone: '01234 567890',
  email: 'alex@example.com',
};

const FIRST = ['Sam', 'Priya', 'Tomasz', 'Grace', 'Yusuf', 'Mei', 'Olu', 'Hannah', 'Declan', 'Amira'];
const LAST = ['Carter', 'Shah', 'Nowak', 'Okafor', 'Hughes', 'Chen', 'Adeyemi', 'Murphy', 'Ali', 'Evans'];

/** The i-th made-up PA name; deterministic, so the example and the bench book are the same each time. */
export function exampleName(i: number): { firstName: string; lastName: string } {
  return { firstName: FIRST[i % FIRST.length]!, lastName: LAST[Math.floor(i / FIRST.length) % LAST.length]! };
}
