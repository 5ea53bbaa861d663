import { addDaysIso } from '../../shared/dates.js';
import type { OpenBook } from '../book/open-book.js';
import { londonDate } from '../../shared/dates.js';
import { writeEmployerSection } from '../employer/store.js';

/**
 * The rest of the example book is kept in order, so on its own Home would say nothing. Two
 * ordinary reminders show people exploring what Home is for: the employer's insurance renews
 * in three weeks, and the newest PA's DBS certificate came ten days ago and is not yet on the
 * Update Service.
 */
export async function addExampleReminders(book: OpenBook, now: Date): Promise<void> {
  const today = londonDate(now);
  await writeEmployerSection(
    book.db,
    { insurer: 'Example Mutual Insurance', policyNumber: 'EL-000 1234', coverPounds: 10_000_000, renewsOn: addDaysIso(today, 21) },
    now,
  );
  const newest = await book.db
    .selectFrom('worker')
    .select('id')
    .where('status', '=', 'active')
    .orderBy('startDate', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!newest) return;
  const dbs = await book.db
    .selectFrom('dbsCheck')
    .select('id')
    .where('workerId', '=', newest.id)
    .orderBy('issuedOn', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!dbs) return;
  await book.db.deleteFrom('dbsStatusCheck').where('dbsCheckId', '=', dbs.id).execute();
  await book.db
    .updateTable('dbsCheck')
    .set({ issuedOn: addDaysIso(today, -10), updateServiceJoinedOn: '' })
    .where('id', '=', dbs.id)
    .execute();
}
