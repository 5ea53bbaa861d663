import { URGENCIES, type AttentionItem } from '../../shared/api/index.js';

/**
 * In the order of the law (see URGENCIES): against the law, overdue legal duties, legal duties
 * due soon, good practice, information. Within each, the nearest date first, then items with no
 * date; then by title, so the order is the same every time.
 */
export function sortAttention(items: AttentionItem[]): AttentionItem[] {
  const rank = (item: AttentionItem) => URGENCIES.indexOf(item.urgency);
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || a.title.localeCompare(b.title),
  );
}
