import type { AttentionItem } from '../../shared/api/index.js';
import type { Context } from '../context.js';
import { missingEmployerDetails } from './rules.js';
import { readEmployer } from './store.js';

export async function employerAttention(ctx: Context): Promise<AttentionItem[]> {
  const missing = missingEmployerDetails(await readEmployer(ctx.book().db));
  if (missing.length === 0) return [];
  return [
    {
      id: 'employer.profile-incomplete',
      area: 'employer',
      urgency: 'missing',
      title: 'Your employer details are not complete',
      detail: `Add ${listInWords(missing)}. They go on your PAs' written statements and payslips.`,
      action: { label: 'Fill in your employer details', to: '/settings/employer' },
    },
  ];
}

function listInWords(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
