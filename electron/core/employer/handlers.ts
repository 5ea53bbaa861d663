import type { AreaHandlers } from '../context.js';
import { readEmployer, writeEmployer, writeEmployerSection } from './store.js';

export const employerHandlers: AreaHandlers<
  'employer.get' | 'employer.update' | 'employer.updateInsurance' | 'employer.updatePayroll' | 'employer.updateFunding'
> = {
  'employer.get': (ctx) => readEmployer(ctx.book().db),
  'employer.update': (ctx, details) => writeEmployer(ctx.book().db, details, ctx.now()),
  'employer.updateInsurance': (ctx, insurance) => writeEmployerSection(ctx.book().db, insurance, ctx.now()),
  'employer.updatePayroll': (ctx, payroll) => writeEmployerSection(ctx.book().db, payroll, ctx.now()),
  'employer.updateFunding': (ctx, funding) => writeEmployerSection(ctx.book().db, funding, ctx.now()),
};
