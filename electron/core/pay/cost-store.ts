import type { Kysely } from 'kysely';
import type { Budget, CostAndBudgetSettings, CostSettings, PayFrequency, PayrollFeePer } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';

/** The employer's cost settings and budget: one row (id 1), each part null until first saved. */
export async function readCostSettings(db: Kysely<Schema>): Promise<CostAndBudgetSettings> {
  const row = await db.selectFrom('payCostSetting').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return { settings: null, budget: null };
  return {
    settings:
      row.claimsAllowance === ''
        ? null
        : {
            councilHourlyPence: row.councilHourlyPence,
            insuranceYearPence: row.insuranceYearPence,
            payrollFeePence: row.payrollFeePence,
            payrollFeePer: row.payrollFeePer as PayrollFeePer,
            claimsAllowance: row.claimsAllowance as 'yes' | 'no',
            pensionPercent: row.pensionEmployerHundredths / 100,
          },
    budget: row.budgetFrequency === '' ? null : { budgetPence: row.budgetPence, budgetFrequency: row.budgetFrequency as PayFrequency, budgetStartsOn: row.budgetStartsOn },
  };
}

type Columns = Partial<Omit<Schema['payCostSetting'], 'id' | 'updatedAt'>>;

/** The migration's defaults: the part not being saved stays "never saved". */
const EMPTY: Required<Columns> = {
  councilHourlyPence: 0, insuranceYearPence: 0, payrollFeePence: 0, payrollFeePer: 'year', claimsAllowance: '',
  pensionEmployerHundredths: 0, budgetPence: 0, budgetFrequency: '', budgetStartsOn: '',
};

async function upsert(db: Kysely<Schema>, columns: Columns, now: Date): Promise<void> {
  const values = { ...columns, updatedAt: now.toISOString() };
  await db
    .insertInto('payCostSetting')
    .values({ id: 1, ...EMPTY, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export function saveCostSettingsRow(db: Kysely<Schema>, s: CostSettings, now: Date): Promise<void> {
  const { pensionPercent, ...rest } = s;
  return upsert(db, { ...rest, pensionEmployerHundredths: Math.round(pensionPercent * 100) }, now);
}

export function saveBudgetRow(db: Kysely<Schema>, b: Budget, now: Date): Promise<void> {
  return upsert(db, { ...b, budgetStartsOn: b.budgetFrequency === 'monthly' ? '' : b.budgetStartsOn }, now);
}
