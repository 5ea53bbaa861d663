import type { Kysely } from 'kysely';
import type { ContractVersion, PayFrequency, PayRate } from '../../shared/api/index.js';
import type { Person } from '../../shared/pay/age-band.js';
import { periodContaining, type Period } from '../../shared/pay/periods.js';
import { rateHistory, rateOnDate } from '../../shared/pay/rate-history.js';
import { readVersions, readVersionsOf } from '../contracts/index.js';
import type { Schema } from '../db/schema.js';
import { readAllPayRates, readPayRates } from './store.js';

/** What the pay rules need about one PA, read once: their rates over time and how often they are paid. */
export interface PaPayFacts {
  workerId: string;
  fullName: string;
  dateOfBirth: string;
  status: string;
  startDate: string;
  leftOn: string;
  /** Oldest first: saved rates and each statement's rate. */
  rates: PayRate[];
  /** Oldest first. */
  versions: ContractVersion[];
}

const WORKER_COLUMNS = ['id', 'fullName', 'dateOfBirth', 'status', 'startDate', 'leftOn'] as const;

function facts(w: { id: string; fullName: string; dateOfBirth: string; status: string; startDate: string; leftOn: string }, saved: PayRate[], newestFirst: ContractVersion[]): PaPayFacts {
  const versions = [...newestFirst].reverse();
  return {
    workerId: w.id,
    fullName: w.fullName,
    dateOfBirth: w.dateOfBirth,
    status: w.status,
    startDate: w.startDate,
    leftOn: w.leftOn,
    rates: rateHistory(saved, versions.map((v) => ({ id: v.id, workerId: v.workerId, appliesFrom: v.appliesFrom, hourlyRatePence: v.hourlyRatePence, version: v.version, createdAt: v.createdAt }))),
    versions,
  };
}

export async function readPaFacts(db: Kysely<Schema>, workerId: string): Promise<PaPayFacts | null> {
  const w = await db.selectFrom('worker').select(WORKER_COLUMNS).where('id', '=', workerId).executeTakeFirst();
  if (!w) return null;
  return facts(w, await readPayRates(db, workerId), await readVersions(db, workerId));
}

/** Every PA who has had a written statement or a pay rate, and had not left before `since` (YYYY-MM-DD; '' for all). */
export async function readAllPaFacts(db: Kysely<Schema>, since = ''): Promise<PaPayFacts[]> {
  let q = db.selectFrom('worker').select(WORKER_COLUMNS).where('status', '!=', 'applicant');
  if (since) q = q.where((w) => w.or([w('leftOn', '=', ''), w('leftOn', '>=', since)]));
  const workers = await q.orderBy('fullName').execute();
  const versions = await readVersionsOf(db, workers.map((w) => w.id));
  const saved = await readAllPayRates(db);
  return workers.map((w) => facts(w, saved.get(w.id) ?? [], versions.get(w.id) ?? [])).filter((f) => f.rates.length > 0);
}

/** Their pay period that holds `date`, from the terms in force then (monthly when there are none). */
export function periodFor(f: PaPayFacts, date: string): Period & { frequency: PayFrequency } {
  const terms = rateOnDate(f.versions, date) ?? f.versions[0];
  const frequency = terms?.payFrequency ?? 'monthly';
  const anchor = f.versions[0]?.appliesFrom ?? f.rates[0]?.appliesFrom ?? date;
  return { ...periodContaining(frequency, anchor, date), frequency };
}

/** Whether they worked for you at some time in a period. */
export function employedIn(f: PaPayFacts, period: Period): boolean {
  const first = f.startDate || f.rates[0]?.appliesFrom || '';
  if (!first || first > period.end) return false;
  return !(f.leftOn && f.leftOn < period.start);
}

export function personOn(f: PaPayFacts, date: string): Person {
  return { dateOfBirth: f.dateOfBirth, apprenticeSince: rateOnDate(f.rates, date)?.apprenticeSince ?? '' };
}
