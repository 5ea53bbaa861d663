import type { Kysely } from 'kysely';
import type { FundingRow, FundingSummary } from '../../shared/api/index.js';
import { addMonthsIso } from '../../shared/dates.js';
import { valueOn } from '../../shared/reference/dated.js';
import { AGENCY_FUNDING, INDIVIDUAL_EMPLOYER_FUNDING } from '../../shared/reference/training-funding.js';
import type { Schema } from '../db/schema.js';
import { readTopics } from './topics.js';

/**
 * Training funding: what was claimed for which training and when, and what is still to claim
 * (training that cost something, with no claim yet). The scheme follows the employer: agencies
 * claim from LDSS, individual employers through a user-led organisation (REFERENCE §3.4).
 */
export async function readFunding(db: Kysely<Schema>, today: string): Promise<FundingSummary> {
  const employer = await db.selectFrom('employer').select('kind').executeTakeFirst();
  const table = employer?.kind === 'agency' ? AGENCY_FUNDING : INDIVIDUAL_EMPLOYER_FUNDING;
  const row = [...table].reverse().find((r) => r.from <= today) ?? table[0]!;
  const scheme = valueOn(table, today) ?? row.value;
  const topics = new Map((await readTopics(db, today)).map((t) => [t.id, t.name]));
  const records = await db
    .selectFrom('trainingRecord')
    .innerJoin('worker', 'worker.id', 'trainingRecord.workerId')
    .select([
      'trainingRecord.id',
      'trainingRecord.workerId',
      'worker.fullName',
      'trainingRecord.topicId',
      'trainingRecord.completedOn',
      'trainingRecord.costPence',
      'trainingRecord.fundingClaimedOn',
      'trainingRecord.fundingClaimPence',
      'trainingRecord.fundingPaidOn',
    ])
    .where((eb) => eb.or([eb('trainingRecord.costPence', '>', 0), eb('trainingRecord.fundingClaimedOn', '!=', '')]))
    .orderBy('trainingRecord.completedOn', 'desc')
    .execute();
  const rows: FundingRow[] = records.map((r) => ({
    recordId: r.id,
    workerId: r.workerId,
    workerName: r.fullName,
    topicName: topics.get(r.topicId) ?? 'A topic no longer in your book',
    completedOn: r.completedOn,
    costPence: r.costPence,
    claimedOn: r.fundingClaimedOn,
    claimPence: r.fundingClaimPence,
    paidOn: r.fundingPaidOn,
    claimBy: scheme.claimWithinMonths ? addMonthsIso(r.completedOn, scheme.claimWithinMonths) : '',
  }));
  return {
    scheme: { name: scheme.name, notes: scheme.notes, source: row.source },
    claimed: rows.filter((r) => r.claimedOn !== ''),
    // Still to claim: within the scheme's time limit (or any, when it sets none), newest first.
    toClaim: rows.filter((r) => r.claimedOn === '' && (r.claimBy === '' || r.claimBy >= today)),
  };
}
