import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/api/index.js';
import type { Schema } from '../db/schema.js';
import { atomic } from '../db/atomic.js';

/** Settings are rows of key → JSON value; keys not yet saved take their defaults. */
export async function readSettings(db: Kysely<Schema>): Promise<Settings> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).execute();
  const stored: Record<string, unknown> = {};
  for (const row of rows) if (row.key in DEFAULT_SETTINGS) stored[row.key] = JSON.parse(row.value);
  // A value that no longer passes the schema (say, after a rule tightened) falls back to its default.
  const merged = { ...DEFAULT_SETTINGS, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function writeSettings(db: Kysely<Schema>, changes: Partial<Settings>): Promise<Settings> {
  await atomic(db, async (tx) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      await tx
        .insertInto('setting')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();
    }
  });
  return readSettings(db);
}
