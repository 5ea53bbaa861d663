import { addDaysIso, addMonthsIso } from '../../shared/dates.js';
import type { ExampleBook } from '../example/example-book.js';
import { EXAMPLE_EMPLOYER } from '../example/people.js';
import { writeEmployer, writeEmployerSection } from './store.js';

/**
 * The example's employer, with insurance that renews in three weeks: one of two ordinary
 * reminders that show people exploring what Home is for (the other is a DBS certificate not yet
 * on the Update Service, in the checks area's step).
 */
export async function fillEmployer({ db, now, today, size, record }: ExampleBook): Promise<void> {
  await writeEmployer(db, EXAMPLE_EMPLOYER, now);
  await writeEmployerSection(
    db,
    { insurer: 'Example Mutual Insurance', policyNumber: 'EL-000 1234', coverPounds: 10_000_000, renewsOn: addDaysIso(today, 21) },
    now,
  );
  record({ at: `${addMonthsIso(today, -12 * size.years)}T09:00:00.000Z`, method: 'employer.update', summary: 'Added your employer details' });
}
