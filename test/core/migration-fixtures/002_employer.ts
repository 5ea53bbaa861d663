import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** Rows a book could hold at 002_employer, and how they read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    await sql`insert into employer (id, kind, name, acting_for, address_line1, address_line2, town, postcode, phone, email, updated_at)
              values (1, 'representative', 'Pat Older', 'Chris Older', '2 Mill Lane', 'Flat 3', 'York', 'YO1 7HH',
                      '01904 000000', 'pat@example.com', '2026-02-01T09:00:00.000Z')`.execute(db);
  },
  async check(core, inserted) {
    const profile = await core.ok('employer.get', {});
    expect(profile).toMatchObject({
      kind: 'representative',
      name: 'Pat Older',
      actingFor: 'Chris Older',
      addressLine1: '2 Mill Lane',
      addressLine2: 'Flat 3',
      town: 'York',
      postcode: 'YO1 7HH',
      phone: '01904 000000',
      email: 'pat@example.com',
    });
    // Added by 004_people, empty until filled in (its own fixture fills some).
    if (inserted.includes('004_people')) return;
    expect(profile).toEqual({
      ...profile,
      insurer: '',
      policyNumber: '',
      coverPounds: null,
      renewsOn: '',
      payeReference: '',
      pensionScheme: '',
      pensionDutiesStartOn: '',
      pensionDeclarationOn: '',
      localAuthority: '',
      wageArea: null,
    });
  },
};
