import { URGENCIES, type AttentionItem, type Urgency } from '../../shared.js';

/**
 * Home's words and order, as pure functions (tested in test/unit/renderer/areas/home): the
 * summary sentence at the top, one section per urgency in the order of the law, items grouped
 * by PA when many PAs have some, and link texts that are unique on the page.
 */

/** Each section's heading, which is also the words at the front of each of its items' headings. */
export const SECTION_HEADINGS: Record<Urgency, string> = {
  unlawful: 'Against the law',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'good-practice': 'Good practice',
  information: 'For information',
};

/** How the summary sentence says each urgency: "are against the law", "is overdue". */
const SUMMARY_WORDS: Record<Urgency, string> = {
  unlawful: 'against the law',
  overdue: 'overdue',
  'due-soon': 'due soon',
  'good-practice': 'good practice',
  information: 'for information',
};

/** More PAs than this with items, and Home groups each section's items under each PA's name. */
export const GROUP_BY_PA_ABOVE = 3;

function listInWords(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function countOf(items: readonly AttentionItem[]): Record<Urgency, number> {
  const counts = Object.fromEntries(URGENCIES.map((u) => [u, 0])) as Record<Urgency, number>;
  for (const item of items) counts[item.urgency] += 1;
  return counts;
}

/**
 * One sentence to read first, so an employer on a tired day knows how bad it is and can stop:
 * "2 things are against the law, 3 are overdue and 1 is due soon." When nothing breaks the law
 * or is late, it says so first: "Nothing is against the law or overdue. 2 things are good practice."
 */
export function summarySentence(items: readonly AttentionItem[]): string {
  if (items.length === 0) return 'Nothing needs your attention today.';
  const counts = countOf(items);
  const parts = URGENCIES.filter((u) => counts[u] > 0).map((u, i) => {
    const n = counts[u];
    const noun = i === 0 ? (n === 1 ? ' thing' : ' things') : '';
    return `${n}${noun} ${n === 1 ? 'is' : 'are'} ${SUMMARY_WORDS[u]}`;
  });
  const calm = counts.unlawful === 0 && counts.overdue === 0 ? 'Nothing is against the law or overdue. ' : '';
  return `${calm}${capitalise(listInWords(parts))}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** In the order of the law; within each urgency the nearest date first, undated after; then by title. */
export function byLaw(a: AttentionItem, b: AttentionItem): number {
  const rank = (i: AttentionItem) => URGENCIES.indexOf(i.urgency);
  return rank(a) - rank(b) || (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || a.title.localeCompare(b.title);
}

export interface HomeGroup {
  /** The PA these items are about; absent for the book-wide group (you as an employer, the book). */
  workerId?: string;
  /** The group's heading, when the section is grouped. */
  heading?: string;
  items: AttentionItem[];
}

export interface HomeSection {
  urgency: Urgency;
  heading: string;
  /** One group with no heading when not grouped by PA. */
  groups: HomeGroup[];
}

/** What a group of book-wide items is called when Home groups by PA. */
export const BOOK_WIDE_HEADING = 'You as an employer';

/**
 * The sections of Home, in the order of the law, only those with items. When more than
 * GROUP_BY_PA_ABOVE PAs have items, each section's items are grouped: the book-wide ones first
 * (insurance, your details, backups), then each PA's, the group with the nearest date first,
 * so the worst still comes first.
 */
export function homeSections(items: readonly AttentionItem[]): HomeSection[] {
  const sorted = [...items].sort(byLaw);
  const pas = new Set(sorted.flatMap((i) => (i.workerId ? [i.workerId] : [])));
  const grouped = pas.size > GROUP_BY_PA_ABOVE;
  return URGENCIES.flatMap((urgency) => {
    const inSection = sorted.filter((i) => i.urgency === urgency);
    if (inSection.length === 0) return [];
    return [{ urgency, heading: SECTION_HEADINGS[urgency], groups: grouped ? byPa(inSection) : [{ items: inSection }] }];
  });
}

function byPa(items: AttentionItem[]): HomeGroup[] {
  const book: AttentionItem[] = [];
  const groups = new Map<string, HomeGroup>();
  for (const item of items) {
    if (!item.workerId) {
      book.push(item);
      continue;
    }
    const group = groups.get(item.workerId) ?? { workerId: item.workerId, heading: item.workerName ?? 'A PA', items: [] };
    group.items.push(item);
    groups.set(item.workerId, group);
  }
  // Items arrive sorted, so each PA's group is already where its first (nearest) item is.
  return [...(book.length ? [{ heading: BOOK_WIDE_HEADING, items: book }] : []), ...groups.values()];
}

/**
 * Extra words for the links whose text another link on the page shares ("Go to Sam’s checks"
 * twice), so each link's name says where it goes: item id → words to add for screen readers
 * (the item's title). Unique labels get nothing.
 */
export function linkSuffixes(items: readonly AttentionItem[]): Map<string, string> {
  const seen = new Map<string, number>();
  for (const i of items) seen.set(i.action.label, (seen.get(i.action.label) ?? 0) + 1);
  const suffixes = new Map<string, string>();
  for (const i of items) if ((seen.get(i.action.label) ?? 0) > 1) suffixes.set(i.id, `: ${i.title}`);
  return suffixes;
}
