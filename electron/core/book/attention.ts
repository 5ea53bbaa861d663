import type { AttentionItem } from '../../shared/api/index.js';
import { londonDate } from '../clock.js';
import type { Context } from '../context.js';
import { readSettings } from '../settings/store.js';
import { backupAttention } from './backup-rules.js';

export async function bookAttention(ctx: Context): Promise<AttentionItem[]> {
  const { db, isExample } = ctx.book();
  if (isExample) return []; // nothing to protect in a made-up book
  const last = await db.selectFrom('backupLog').select('createdAt').orderBy('createdAt', 'desc').limit(1).executeTakeFirst();
  const settings = await readSettings(db);
  const item = backupAttention(last ? londonDate(new Date(last.createdAt)) : null, ctx.today(), settings.backupFolder !== null);
  return item ? [item] : [];
}
