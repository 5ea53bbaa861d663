import { nothing } from './fields.js';
import { method } from './method.js';

/**
 * What needs the employer's attention, from every area. Most urgent first:
 * unlawful, then overdue, then missing, then due soon.
 */
export const URGENCIES = ['unlawful', 'overdue', 'missing', 'due-soon'] as const;
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
}

export const attentionApi = {
  'attention.list': method(nothing).reads<{ items: AttentionItem[] }>(),
} as const;
