import type { EmployerDetails } from '../../shared/api/index.js';

/** Which parts of the employer profile are still missing, in plain words (empty when complete). */
export function missingEmployerDetails(profile: EmployerDetails | null): string[] {
  if (!profile) return ['your name', 'your address'];
  const missing: string[] = [];
  if (profile.kind === 'representative' && !profile.actingFor) missing.push('the name of the person you act for');
  if (!profile.addressLine1 || !profile.town || !profile.postcode) missing.push('your address');
  if (!profile.phone && !profile.email) missing.push('a phone number or email address');
  return missing;
}
