import { URGENCIES, type AttentionItem } from '../../shared/api/index.js';

/** Most urgent first: by kind (unlawful, overdue, missing, due soon), then the earliest date, then title. */
export function sortAttention(items: AttentionItem[]): AttentionItem[] {
  const rank = (item: AttentionItem) => URGENCIES.indexOf(item.urgency);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') ||
      a.title.localeCompare(b.title),
  );
}
