import { nothing } from './fields.js';
import { method } from './method.js';

/**
 * What needs the employer's attention, from every area, in the order the law gives it:
 *
 * - `unlawful`: against the law now (working with no right-to-work check, no insurance cover);
 * - `overdue`: a legal duty whose day has passed (a statement not given by the first day);
 * - `due-soon`: a legal duty to do, by a date when there is one (a follow-up check, a copy to keep);
 * - `good-practice`: not the law, but what a good employer does (references, the DBS Update
 *   Service, backups), always after every legal item;
 * - `information`: worth knowing, nothing to do now.
 *
 * Within each, the nearest date first; items with no date after those with one.
 */
export const URGENCIES = ['unlawful', 'overdue', 'due-soon', 'good-practice', 'information'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface AttentionItem {
  /** Stable id, e.g. "book.no-recent-backup". */
  id: string;
  area: string;
  urgency: Urgency;
  /** Short plain-English headline: what is wrong. */
  title: string;
  /** One or two sentences: why it matters. */
  detail: string;
  /** Where to fix it: a route in the app and the words on the link. */
  action: { label: string; to: string };
  /** The date it became or becomes due, YYYY-MM-DD, when there is one. */
  due?: string;
  /** The PA it is about, so Home can group by PA and a PA's page can show theirs; absent for the book as a whole. */
  workerId?: string;
  /** Their name, as Home shows it above their items. */
  workerName?: string;
}

export const attentionApi = {
  'attention.list': method(nothing).reads<{ items: AttentionItem[] }>(),
} as const;
