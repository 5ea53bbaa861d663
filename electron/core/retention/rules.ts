import { RECORD_KINDS, type RecordKind, type RetentionRow, type WorkerStatus } from '../../shared/api/index.js';
import { addMonthsIso } from '../../shared/dates.js';
import { RETENTION, type RetentionRule } from '../../shared/reference/retention.js';
import { everStarted } from '../workers/index.js';

/** What each kind holds, in the employer's words (each area names its own kinds in its manifest). */
export type KindLabels = Readonly<Record<RecordKind, string>>;

type Person = { status: WorkerStatus; startDate: string; leftOn: string };

/**
 * The kinds of record a PA's book holds. Someone who worked for you has four, each with its
 * own period; for someone who never started (an applicant, or marked left without a start
 * date) everything is one "applicant" record, kept for the shorter applicant period.
 */
export function kindsFor(person: Pick<Person, 'status' | 'startDate'>): RecordKind[] {
  return everStarted(person) ? RECORD_KINDS.filter((k) => k !== 'applicant') : ['applicant'];
}

/**
 * The rule for a kind as the law stands on `today`: whether a record may be deleted now
 * depends on the rule in force now, not the one when they left. Falls back to the oldest
 * row for a date before the table starts.
 */
export function ruleFor(kind: RecordKind, today: string): { rule: RetentionRule; source: string } {
  // valueOn gives the value only; the page shows the source as well, so take the whole row.
  const table = RETENTION[kind];
  const row = table.findLast((r) => r.from <= today) ?? table[0]!;
  return { rule: row.value, source: row.source };
}

/**
 * The first day a kind of record may be deleted: the day they left plus the kind's months.
 * '' while they still work for you or are still applying (there is no end yet). Deleting the
 * personnel file deletes the whole PA, so it waits for every other kind too.
 */
export function mayDeleteFrom(kind: RecordKind, person: Person, today: string): string {
  if (person.status !== 'left' || !person.leftOn) return '';
  const own = addMonthsIso(person.leftOn, ruleFor(kind, today).rule.monthsAfterEnd);
  if (kind !== 'personnel-file') return own;
  return kindsFor(person)
    .map((k) => (k === kind ? own : mayDeleteFrom(k, person, today)))
    .reduce((latest, d) => (d > latest ? d : latest), own);
}

/** One row per kind that applies to them, with how many records of it the book holds. */
export function retentionRows(person: Person, counts: Record<RecordKind, number>, today: string, labels: KindLabels): RetentionRow[] {
  return kindsFor(person).map((kind) => {
    const from = mayDeleteFrom(kind, person, today);
    const { rule, source } = ruleFor(kind, today);
    return {
      kind,
      label: labels[kind],
      count: counts[kind],
      mayDeleteFrom: from,
      mayDeleteNow: from !== '' && from <= today,
      rule: rule.rule,
      source,
    };
  });
}
