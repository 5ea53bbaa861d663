import type { AttentionItem } from '../../shared/api/index.js';
import { londonDate } from '../../shared/dates.js';
import type { Context } from '../area.js';
import { readSettings } from '../settings/index.js';
import { backupAttention } from './backup-rules.js';

export async function bookAttention(ctx: Context): Promise<AttentionItem[]> {
  const { db, isExample } = ctx.book();
  if (isExample) return []; // nothing to protect in a made-up book
  const lastMade = await db
    .selectFrom('backupLog')
    .select('createdAt')
    .where('problem', 'is', null)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  const lastAttempt = await db.selectFrom('backupLog').select('problem').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const settings = await readSettings(db);
  const item = backupAttention(
    {
      lastBackup: lastMade ? londonDate(new Date(lastMade.createdAt)) : null,
      lastProblem: lastAttempt?.problem ?? null,
      hasFolder: settings.backupFolder !== null,
    },
    ctx.today(),
  );
  return item ? [item] : [];
}
