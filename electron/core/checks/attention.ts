import type { AttentionItem, Worker } from '../../shared/api/index.js';
import { valueOn } from '../../shared/reference/dated.js';
import { DBS_UPDATE_SERVICE_JOIN_DAYS } from '../../shared/reference/employment.js';
import { RIGHT_TO_WORK_PENALTY } from '../../shared/reference/right-to-work.js';
import { dateInWords } from '../../shared/dates.js';
import { poundsInWords } from '../../shared/money.js';
import { callName } from '../../shared/people/names.js';
import { dbsJoinUpdateServiceBy, rightToWorkFollowUp } from '../../shared/people/recruitment.js';
import type { Context } from '../area.js';

export interface CheckFacts {
  worker: Pick<Worker, 'id' | 'fullName' | 'preferredName' | 'status' | 'startDate'>;
  /** The newest right-to-work check (a follow-up replaces the one before), and whether a copy is kept with it. */
  rightToWork: { permission: string; permissionEndsOn: string; hasCopy: boolean } | null;
  /** The newest DBS check. */
  dbs: { issuedOn: string; updateServiceJoinedOn: string; level: string; adultsBarredList: boolean } | null;
  satisfactoryReferences: number;
}

function penalty(today: string): string {
  const fine = valueOn(RIGHT_TO_WORK_PENALTY, today);
  return fine ? ` The fine can be up to ${poundsInWords(fine.firstBreachPounds)}.` : '';
}

/** Home items about one PA's safe-recruitment checks (pure: the provider reads the book). */
export function checkItems({ worker: w, rightToWork, dbs, satisfactoryReferences }: CheckFacts, today: string): AttentionItem[] {
  const name = callName(w);
  const at = { area: 'checks', workerId: w.id, workerName: w.fullName, action: { label: `Go to ${name}’s checks`, to: `/pas/${w.id}/checks` } };
  const items: AttentionItem[] = [];

  if (!rightToWork && w.status === 'active') {
    items.push({
      ...at,
      id: `checks.no-right-to-work.${w.id}`,
      urgency: 'unlawful',
      title: `No right-to-work check for ${name}`,
      detail: `You must check that someone has the right to work in the UK before they start working for you.${penalty(today)}`,
      ...(w.startDate ? { due: w.startDate } : {}),
    });
  } else if (!rightToWork && w.status === 'applicant' && w.startDate) {
    items.push({
      ...at,
      id: `checks.right-to-work-before-start.${w.id}`,
      urgency: 'due-soon',
      title: `Check ${name}’s right to work before they start`,
      detail: `They are due to start on ${dateInWords(w.startDate)}. The check must be done before their first day.`,
      due: w.startDate,
    });
  }

  if (rightToWork && !rightToWork.hasCopy && (w.status === 'active' || w.status === 'applicant')) {
    items.push({
      ...at,
      id: `checks.right-to-work-copy.${w.id}`,
      // The law asks for a copy that cannot be altered, kept while they work and 2 years after (REFERENCE §1.3).
      urgency: 'due-soon',
      title: `Keep a copy of ${name}’s right-to-work check`,
      detail: 'The law says you must keep a copy of the documents you saw, or of the online check, while they work for you and for 2 years after. Scan or photograph it and add it to the check.',
    });
  }

  const followUp = rightToWork && w.status === 'active' ? rightToWorkFollowUp(rightToWork) : null;
  if (followUp && today > followUp.dueOn) {
    items.push({
      ...at,
      id: `checks.right-to-work-ended.${w.id}`,
      urgency: 'unlawful',
      title: `${name}’s permission to work ended on ${dateInWords(followUp.dueOn)}`,
      detail: `There is no newer right-to-work check. Check their right to work again now: you must not employ someone whose permission to work has ended.${penalty(today)}`,
      due: followUp.dueOn,
    });
  } else if (followUp && today >= followUp.remindFrom) {
    items.push({
      ...at,
      id: `checks.right-to-work-follow-up.${w.id}`,
      urgency: 'due-soon',
      title: `Check ${name}’s right to work again by ${dateInWords(followUp.dueOn)}`,
      detail: 'Their permission to work in the UK is time-limited and ends on that day. Do a follow-up check before then, so you can keep employing them.',
      due: followUp.dueOn,
    });
  }

  const joinBy = dbs && !dbs.updateServiceJoinedOn ? dbsJoinUpdateServiceBy(dbs.issuedOn) : '';
  if (joinBy && today <= joinBy && (w.status === 'active' || w.status === 'applicant')) {
    const days = valueOn(DBS_UPDATE_SERVICE_JOIN_DAYS, dbs!.issuedOn);
    items.push({
      ...at,
      id: `checks.dbs-join-update-service.${w.id}`,
      // The Update Service is not the law, but saves paying for new checks.
      urgency: 'good-practice',
      title: `${name} can join the DBS Update Service until ${dateInWords(joinBy)}`,
      detail: `A certificate can be added to the Update Service only within ${days} days of being issued. Once it is, you can check it online for free, with their agreement, instead of paying for a new check. If they have joined, add the date to their DBS check.`,
      due: joinBy,
    });
  } else if (joinBy && w.status === 'active') {
    items.push({
      ...at,
      id: `checks.dbs-not-on-update-service.${w.id}`,
      urgency: 'information',
      title: `${name}’s DBS certificate is not on the Update Service`,
      detail: 'The time to add this certificate has passed, so you cannot check it online. That is fine for now. When they next have a DBS check, they could join within the time allowed, and you would not need to pay for checks after that.',
    });
  }

  if (dbs && dbs.level === 'enhanced' && !dbs.adultsBarredList && (w.status === 'active' || w.status === 'applicant')) {
    items.push({
      ...at,
      id: `checks.dbs-adults-barred-list.${w.id}`,
      urgency: 'good-practice',
      title: `${name}’s DBS check does not include the adults’ barred list`,
      detail: 'Personal care is regulated activity, so a PA who gives it can have an Enhanced check with the adults’ barred list. Ask for one through your umbrella body. If the certificate does show the adults’ barred list, correct the check.',
    });
  }

  if (w.status === 'active' && satisfactoryReferences === 0) {
    items.push({
      ...at,
      id: `checks.no-reference.${w.id}`,
      urgency: 'good-practice',
      title: `No satisfactory reference for ${name}`,
      detail: 'References are not a legal requirement, but they help show you took reasonable steps to check that someone is safe to work with you. Ask a past employer, and record what they said.',
    });
  }
  return items;
}

/** Home items for every PA who works for you or is applying. */
export async function checksAttention(ctx: Context): Promise<AttentionItem[]> {
  const db = ctx.db();
  const workers = await db
    .selectFrom('worker')
    .select(['id', 'fullName', 'preferredName', 'status', 'startDate'])
    .where('status', 'in', ['applicant', 'active'])
    .execute();
  if (workers.length === 0) return [];
  const ids = workers.map((w) => w.id);
  const [rtw, dbs, refs] = await Promise.all([
    db.selectFrom('rightToWorkCheck').select(['id', 'workerId', 'checkedOn', 'createdAt', 'permission', 'permissionEndsOn']).where('workerId', 'in', ids).execute(),
    db.selectFrom('dbsCheck').select(['workerId', 'issuedOn', 'createdAt', 'updateServiceJoinedOn', 'level', 'adultsBarredList']).where('workerId', 'in', ids).execute(),
    db.selectFrom('workerReference').select('workerId').where('workerId', 'in', ids).where('outcome', '=', 'satisfactory').execute(),
  ]);
  const newest = <T extends { workerId: string; createdAt: string }>(rows: T[], date: (r: T) => string) => {
    const best = new Map<string, T>();
    for (const r of rows) {
      const had = best.get(r.workerId);
      if (!had || date(r) > date(had) || (date(r) === date(had) && r.createdAt > had.createdAt)) best.set(r.workerId, r);
    }
    return best;
  };
  const newestRtw = newest(rtw, (r) => r.checkedOn);
  const newestDbs = newest(dbs, (r) => r.issuedOn);
  const rtwIds = [...newestRtw.values()].map((r) => r.id);
  const copies = new Set(
    rtwIds.length
      ? (await db.selectFrom('document').select('linkedId').where('linkedId', 'in', rtwIds).execute()).map((d) => d.linkedId)
      : [],
  );
  const refCount = new Map<string, number>();
  for (const r of refs) refCount.set(r.workerId, (refCount.get(r.workerId) ?? 0) + 1);
  const today = ctx.today();
  return workers.flatMap((w) =>
    checkItems(
      {
        worker: { ...w, status: w.status as Worker['status'] },
        rightToWork: rtwOf(newestRtw.get(w.id), copies),
        dbs: dbsOf(newestDbs.get(w.id)),
        satisfactoryReferences: refCount.get(w.id) ?? 0,
      },
      today,
    ),
  );
}

function rtwOf(row: { id: string; permission: string; permissionEndsOn: string } | undefined, copies: ReadonlySet<string>): CheckFacts['rightToWork'] {
  return row ? { permission: row.permission, permissionEndsOn: row.permissionEndsOn, hasCopy: copies.has(row.id) } : null;
}

function dbsOf(row: { issuedOn: string; updateServiceJoinedOn: string; level: string; adultsBarredList: number } | undefined): CheckFacts['dbs'] {
  return row ? { issuedOn: row.issuedOn, updateServiceJoinedOn: row.updateServiceJoinedOn, level: row.level, adultsBarredList: row.adultsBarredList === 1 } : null;
}
