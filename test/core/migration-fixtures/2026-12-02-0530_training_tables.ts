import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** Rows a book could hold at 2026-12-02-0530_training_tables, and how they read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    const sam = '00000000-0000-4000-8000-000000000001';
    await sql`insert into training_own_topic (id, name, category, interval_months, required_for_all, active, custom, updated_at)
              values ('fire-safety', 'Fire safety', 6, 24, 1, 1, 0, '2026-12-02T09:00:00.000Z')`.execute(db);
    await sql`insert into training_profile (id, worker_id, role_code, care_cert_version, care_cert_completed_on)
              values ('00000000-0000-4000-8000-0000000000b1', ${sam}, 52, '2025', '2026-03-01')`.execute(db);
    await sql`insert into training_record (id, worker_id, topic_id, completed_on, provider, how, hours_hundredths, created_at, updated_at)
              values ('00000000-0000-4000-8000-0000000000b2', ${sam}, 'fire-safety', '2026-01-10', 'Example Fire', 'face-to-face', 300,
                      '2026-01-10T09:00:00.000Z', '2026-01-10T09:00:00.000Z')`.execute(db);
    await sql`insert into care_certificate_standard (id, worker_id, version, standard, status, assessed_on, assessor)
              values ('00000000-0000-4000-8000-0000000000b3', ${sam}, '2025', 16, 'competent', '2026-02-01', 'Alex')`.execute(db);
    await sql`insert into training_qualification (id, worker_id, reference_id, name, level, code, status, started_on, achieved_on, created_at)
              values ('00000000-0000-4000-8000-0000000000b4', ${sam}, 'l2-asc-certificate', 'Level 2 Adult Social Care Certificate', 2, 158,
                      'working-towards', '2026-04-01', '', '2026-04-01T09:00:00.000Z')`.execute(db);
    await sql`insert into training_plan (id, worker_id, topic_id, target_on, note, created_at)
              values ('00000000-0000-4000-8000-0000000000b5', ${sam}, 'medication', '2027-01-15', '', '2026-12-01T09:00:00.000Z')`.execute(db);
  },
  async check(core) {
    const t = await core.ok('training.get', { workerId: '00000000-0000-4000-8000-000000000001' });
    expect(t.roleCode).toBe(52);
    // The book's own interval (24 months) wins over the built-in one.
    expect(t.records).toMatchObject([{ topicName: 'Fire safety', completedOn: '2026-01-10', expiresOn: '2028-01-09', hours: 3 }]);
    expect(t.careCertificate).toMatchObject({ version: '2025', completedOn: '2026-03-01' });
    expect(t.careCertificate.standards[15]).toMatchObject({ status: 'competent', assessor: 'Alex' });
    expect(t.qualifications).toMatchObject([{ code: 158, status: 'working-towards' }]);
    expect(t.plans).toMatchObject([{ topicName: 'Medication', targetOn: '2027-01-15' }]);
  },
};
