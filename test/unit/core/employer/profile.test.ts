import { describe, expect, test } from 'vitest';
import { missingEmployerDetails } from '../../../../electron/core/employer/rules.js';
import { employerSchema } from '../../../../electron/shared/api/index.js';

describe('employer profile completeness', () => {
  const full = employerSchema.parse({ kind: 'individual', name: 'Jo', addressLine1: '1 Road', town: 'Leeds', postcode: 'LS1 1AA', email: 'jo@example.com' });
  test.each([
    ['nothing saved', null, ['your name', 'your address']],
    ['complete', full, []],
    ['no address', { ...full, town: '' }, ['your address']],
    ['no way to contact', { ...full, email: '' }, ['a phone number or email address']],
    ['a representative without the person', { ...full, kind: 'representative' as const }, ['the name of the person you act for']],
  ])('%s', (_label, profile, missing) => expect(missingEmployerDetails(profile)).toEqual(missing));
});
