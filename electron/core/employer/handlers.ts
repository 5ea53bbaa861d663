import { employerSchema, fundingSchema, insuranceSchema, payrollSchema, type EmployerProfile } from '../../shared/api/index.js';
import { poundsInWords } from '../../shared/money.js';
import type { AreaHandlers, WriteContext } from '../area.js';
import { changesBetween } from '../history/index.js';
import { readEmployer, writeEmployer, writeEmployerSection } from './store.js';

type Section = typeof employerSchema | typeof insuranceSchema | typeof payrollSchema | typeof fundingSchema;

const NO_PROFILE: Record<string, unknown> = {};

/** Save a section and say in the history what changed; a save that changes nothing writes nothing. */
async function saveSection(
  ctx: WriteContext,
  schema: Section,
  what: string,
  values: Record<string, unknown>,
  write: () => Promise<EmployerProfile>,
): Promise<EmployerProfile> {
  const before = await readEmployer(ctx.db());
  const changes = changesBetween(schema, before ?? NO_PROFILE, values, { values: { coverPounds: (v) => poundsInWords(Number(v)) } });
  if (before && changes.length === 0) return before;
  const after = await write();
  ctx.record({ summary: before ? `Changed ${what}` : `Added ${what}`, changes });
  return after;
}

export const employerHandlers: AreaHandlers<
  'employer.get' | 'employer.update' | 'employer.updateInsurance' | 'employer.updatePayroll' | 'employer.updateFunding'
> = {
  'employer.get': (ctx) => readEmployer(ctx.db()),
  'employer.update': (ctx, details) =>
    saveSection(ctx, employerSchema, 'your employer details', details, () => writeEmployer(ctx.db(), details, ctx.now())),
  'employer.updateInsurance': (ctx, insurance) =>
    saveSection(ctx, insuranceSchema, "your employer's liability insurance", insurance, () => writeEmployerSection(ctx.db(), insurance, ctx.now())),
  'employer.updatePayroll': (ctx, payroll) =>
    saveSection(ctx, payrollSchema, 'your payroll and pension details', payroll, () => writeEmployerSection(ctx.db(), payroll, ctx.now())),
  'employer.updateFunding': (ctx, funding) =>
    saveSection(ctx, fundingSchema, 'your direct payments details', funding, () => writeEmployerSection(ctx.db(), funding, ctx.now())),
};
