import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

/** Rows a book could hold at 004_people, and how they read back through the API today. */
export const fixture: Fixture = {
  async insert(db) {
    await sql`update employer set insurer = 'Acme Mutual', cover_pounds = 10000000, renews_on = '2027-01-31',
              paye_reference = '123/AB456', wage_area = 'london' where id = 1`.execute(db);
    await sql`insert into worker (id, full_name, preferred_name, date_of_birth, ni_number, start_date, job_title, status, created_at, updated_at)
              values ('00000000-0000-4000-8000-000000000001', 'Sam Older', 'Sam', '1990-05-04', 'QQ123456C', '2026-01-05',
                      'Personal assistant', 'active', '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')`.execute(db);
    await sql`insert into right_to_work_check (id, worker_id, checked_on, method, evidence, permission, permission_ends_on, created_at)
              values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', '2026-01-02', 'online',
                      'Share code W12 345 678', 'time-limited', '2027-06-30', '2026-01-02T09:00:00.000Z')`.execute(db);
    await sql`insert into document (id, worker_id, kind, label, file_name, media_type, bytes, sha256, added_at)
              values ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', 'right-to-work',
                      'Online check result', 'check.pdf', 'application/pdf', 4, 'x', '2026-01-02T09:00:00.000Z')`.execute(db);
    await sql`insert into document_content (document_id, data) values ('00000000-0000-4000-8000-000000000003', x'25504446')`.execute(db);
  },
  async check(core) {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(await core.ok('employer.get', {})).toMatchObject({ insurer: 'Acme Mutual', coverPounds: 10_000_000, wageArea: 'london' });
    expect(await core.ok('workers.get', { id })).toMatchObject({ fullName: 'Sam Older', niNumber: 'QQ123456C', status: 'active' });
    const checks = await core.ok('checks.get', { workerId: id });
    expect(checks.rightToWork[0]).toMatchObject({ permission: 'time-limited', permissionEndsOn: '2027-06-30' });
    expect(await core.ok('documents.list', { workerId: id })).toMatchObject([{ fileName: 'check.pdf', bytes: 4 }]);
  },
};
