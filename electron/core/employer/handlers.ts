import type { AreaHandlers } from '../context.js';
import { readEmployer, writeEmployer } from './store.js';

export const employerHandlers: AreaHandlers<'employer.get' | 'employer.update'> = {
  'employer.get': (ctx) => readEmployer(ctx.book().db),
  'employer.update': (ctx, profile) => writeEmployer(ctx.book().db, profile, ctx.now()),
};
