import { z } from 'zod';
import type { RecordKind } from '../reference/retention.js';
import { RECORD_KINDS } from '../reference/retention.js';
import { recordId } from './fields.js';
import { method } from './method.js';

export { RECORD_KINDS, type RecordKind };

/** One kind of record about a PA, and from when it may be deleted. */
export interface RetentionRow {
  kind: RecordKind;
  /** Plain words: "Right-to-work checks and copies". */
  label: string;
  /** How many records of this kind the book holds for them. */
  count: number;
  /** The first day they may be deleted; '' while they still work for you (or never worked). */
  mayDeleteFrom: string;
  mayDeleteNow: boolean;
  /** The rule, in plain words, and its source. */
  rule: string;
  source: string;
}

export const retentionApi = {
  'retention.list': method(z.object({ workerId: recordId('PA') }).strict()).reads<RetentionRow[]>(),
  /**
   * Delete every record of one kind for a PA, once its retention period is over. `confirm`
   * must be true: the page asks first. Deleted records are gone from the book (secure_delete).
   */
  'retention.delete': method(
    z
      .object({
        workerId: recordId('PA'),
        kind: z.enum(RECORD_KINDS, { error: 'Choose which records to delete' }),
        confirm: z.literal(true, { error: 'Confirm that you want to delete these records' }),
      })
      .strict(),
  ).writes<{ deleted: number }>(),
} as const;
