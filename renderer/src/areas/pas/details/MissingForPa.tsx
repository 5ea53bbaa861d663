import { useApiQuery } from '../../../lib/queries.js';
import { Link } from '../../../lib/router/index.js';
import { callName, type AttentionItem, type Worker } from '../../../shared.js';
import { byLaw, SECTION_HEADINGS } from '../../home/index.js';
import { paPath } from '../paths.js';

/**
 * What is missing for this PA (a right-to-work check, its copy, their written statement…), from
 * the same list as Home, in the order of the law, each with its urgency in words and a link to
 * where to fix it. Nothing is shown when nothing is missing.
 */
export function MissingForPa({ w }: { w: Worker }) {
  const attention = useApiQuery('attention.list', {});
  const items = (attention.data?.items ?? []).filter((i) => i.workerId === w.id).sort(byLaw);
  if (items.length === 0) return null;
  return (
    <section className="pa-missing" aria-labelledby="pa-missing-title">
      <h2 id="pa-missing-title" className="heading-m">
        What needs your attention for {callName(w)}
      </h2>
      <ul className="list pa-missing__list">
        {items.map((item) => (
          <li key={item.id}>
            <strong>{words(item)}:</strong> <Link to={whereToFix(item, w)}>{item.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function words(item: AttentionItem): string {
  return item.urgency === 'due-soon' && !item.due ? 'To do' : SECTION_HEADINGS[item.urgency];
}

/** Home sends missing details to this page; from here, the form that changes them. */
function whereToFix(item: AttentionItem, w: Worker): string {
  return item.id.startsWith('workers.details-missing.') ? paPath(w.id, '/edit') : item.action.to;
}
