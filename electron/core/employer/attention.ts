import type { AttentionItem } from '../../shared/api/index.js';
import type { Context } from '../area.js';
import { insuranceItems, missingEmployerDetails } from './rules.js';
import { readEmployer } from './store.js';

export async function employerAttention(ctx: Context): Promise<AttentionItem[]> {
  const db = ctx.db();
  const profile = await readEmployer(db);
  const items: AttentionItem[] = [];
  const missing = missingEmployerDetails(profile);
  if (missing.length > 0) {
    items.push({
      id: 'employer.profile-incomplete',
      area: 'employer',
      // The statement must give the employer's name and address (REFERENCE §1.2): a legal duty.
      urgency: 'due-soon',
      title: 'Your employer details are not complete',
      detail: `Add ${listInWords(missing)}. They go on your PAs' written statements and payslips.`,
      action: { label: 'Fill in your employer details', to: '/settings/employer' },
    });
  }
  const working = await db.selectFrom('worker').select('id').where('status', '=', 'active').limit(1).executeTakeFirst();
  items.push(...insuranceItems(profile, working !== undefined, ctx.today()));
  return items;
}

function listInWords(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
