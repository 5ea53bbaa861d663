import type { AttentionItem, ContractVersion } from '../../shared/api/index.js';
import { daysBetween } from '../../shared/dates.js';
import type { Context } from '../area.js';
import { dateInWords } from '../../shared/dates.js';
import { probationEndsOn, statementDueBy } from './rules.js';
import { currentVersion, readVersionsOf } from './store.js';

/** How many days ahead the end of a probation period shows on Home. */
export const PROBATION_NOTICE_DAYS = 14;

export interface ContractAttentionPa {
  id: string;
  fullName: string;
  startDate: string;
}

/**
 * What needs doing about one working PA's written statement, on `today`. Pure, so each case is
 * tested without a book.
 *
 * - No statement given yet: due by the first day (overdue once that has passed).
 * - A statement given late is a fact shown beside the contract, not an item here: once given,
 *   nothing the employer does now can change it, and an item that never goes away buries the
 *   ones that can be acted on.
 * - A change (version 2 on) needs the PA's agreement, recorded.
 * - A probation period ending within 14 days: time to meet and decide.
 */
export function contractItems(pa: ContractAttentionPa, versionsNewestFirst: ContractVersion[], today: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  const to = `/pas/${pa.id}/contract`;
  const about = { workerId: pa.id, workerName: pa.fullName };
  const first = versionsNewestFirst[versionsNewestFirst.length - 1];
  const start = pa.startDate || first?.appliesFrom || '';

  if (!first?.issuedOn) {
    const dueBy = start ? statementDueBy(start) : '';
    const late = dueBy !== '' && today > dueBy;
    items.push({
      id: `contracts.no-statement.${pa.id}`,
      area: 'contracts',
      ...about,
      urgency: late ? 'overdue' : 'due-soon',
      title: late ? `${pa.fullName} has not had a written statement` : `${pa.fullName} needs a written statement`,
      detail: start
        ? `The law says a PA must have a written statement of their terms by ${dateInWords(dueBy)}${dueBy === start ? ', their first day' : ''}. ${
            first ? 'When you have given it to them, record the date.' : 'Write it in Carebook, print it and give it to them.'
          }`
        : 'The law says a PA must have a written statement of their terms by their first day.',
      action: { label: first ? `Record when you gave ${pa.fullName} their statement` : `Write ${pa.fullName}'s statement`, to },
      ...(dueBy ? { due: dueBy } : {}),
    });
  }

  for (const version of versionsNewestFirst) {
    if (version.version < 2 || version.agreedOn) continue;
    items.push({
      id: `contracts.change-not-agreed.${version.id}`,
      area: 'contracts',
      ...about,
      // A change needs their agreement, confirmed in writing within a month (REFERENCE §1.2).
      urgency: 'due-soon',
      title: `${pa.fullName} has not agreed to the change to their terms`,
      detail: `Changes to a PA's terms need their agreement, confirmed in writing within a month. Record the date ${pa.fullName} agreed to version ${version.version}, which starts on ${dateInWords(version.appliesFrom)}.`,
      action: { label: `Record ${pa.fullName}'s agreement`, to },
    });
  }

  const current = currentVersion(versionsNewestFirst, today);
  const probationEnd = current && start ? probationEndsOn(start, current.probationMonths) : '';
  if (probationEnd && probationEnd >= today && daysBetween(today, probationEnd) <= PROBATION_NOTICE_DAYS) {
    items.push({
      id: `contracts.probation-ending.${pa.id}`,
      area: 'contracts',
      ...about,
      // There is no statutory probation: meeting before it ends is good practice.
      urgency: 'good-practice',
      title: `${pa.fullName}'s probation ends on ${dateInWords(probationEnd)}`,
      detail: `Meet ${pa.fullName} before then to talk about how it has gone, and tell them whether they have passed.`,
      action: { label: `See ${pa.fullName}'s contract`, to },
      due: probationEnd,
    });
  }
  return items;
}

/** Every working PA's contract items. */
export async function contractsAttention(ctx: Context): Promise<AttentionItem[]> {
  const db = ctx.book().db;
  const pas = await db.selectFrom('worker').select(['id', 'fullName', 'startDate']).where('status', '=', 'active').execute();
  const versions = await readVersionsOf(
    db,
    pas.map((pa) => pa.id),
  );
  const today = ctx.today();
  return pas.flatMap((pa) => contractItems(pa, versions.get(pa.id) ?? [], today));
}
