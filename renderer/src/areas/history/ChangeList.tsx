import type { HistoryChange } from '../../shared.js';

const NOT_GIVEN = <span className="secondary-text">Not given</span>;

/**
 * What a change did to each field. A field that changed reads "Job title: Personal assistant →
 * Senior PA"; the arrow is hidden from screen readers, which hear "changed to" instead. When a
 * record is new (nothing was there before), only what was recorded is listed.
 */
export function ChangeList({ changes }: { changes: HistoryChange[] }) {
  if (changes.length === 0) return null;
  const isNew = changes.every((c) => c.from === '');
  return (
    <ul className="list history-line__changes">
      {changes.map((c) => (
        <li key={c.field}>
          <span className="history-line__field">{c.field}:</span>{' '}
          {isNew ? (
            c.to || NOT_GIVEN
          ) : (
            <>
              {c.from || NOT_GIVEN}
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> changed to </span>
              {c.to || NOT_GIVEN}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
