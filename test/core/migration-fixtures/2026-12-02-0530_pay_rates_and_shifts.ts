import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

const SAM = '00000000-0000-4000-8000-000000000001';

export const fixture: Fixture = {
  async insert(db) {
    await sql`insert into pay_user_rate (id, series, applies_from, amount_pence, source, added_at)
              values ('00000000-0000-4000-8000-0000000000b1', 'minimum-21-and-over', '2027-04-01', 1321, 'GOV.UK', '2027-03-01T10:00:00.000Z')`.execute(db);
    await sql`insert into pay_rate (id, worker_id, applies_from, reason, standard_pence, weekend_pence, bank_holiday_pence, waking_night_pence, sleep_in_pence, travel_pence, on_call_pence, apprentice_since, note, created_at)
              values ('00000000-0000-4000-8000-0000000000b2', ${SAM}, '2026-04-01', 'annual-review', 1300, 0, 0, 0, 5000, 0, 0, '', '', '2026-03-15T10:00:00.000Z')`.execute(db);
    await sql`insert into shift (id, worker_id, date, start_time, end_time, break_minutes, kind, worked_minutes, note, starts_at, ends_at, minutes, created_at)
              values ('00000000-0000-4000-8000-0000000000b3', ${SAM}, '2026-10-24', '22:00', '07:00', 0, 'sleep-in', 30, '', '2026-10-24T21:00:00.000Z', '2026-10-25T07:00:00.000Z', 600, '2026-10-26T09:00:00.000Z')`.execute(db);
  },
  async check(core) {
    const rates = await core.ok('pay.referenceRates', {});
    expect(rates.series.find((s) => s.series === 'minimum-21-and-over')!.rows.at(-1)).toMatchObject({ from: '2027-04-01', amountPence: 1321, userAdded: true });
    expect((await core.ok('pay.rates', { workerId: SAM })).rates.find((r) => r.from === 'pay')).toMatchObject({ standardPence: 1300, sleepInPence: 5000 });
    expect(await core.ok('pay.shifts', { workerId: SAM, from: '2026-10-01', to: '2026-10-31' })).toMatchObject([{ start: '22:00', end: '07:00', kind: 'sleep-in', minutes: 600, workedMinutes: 30 }]);
  },
};
