import type { ReactNode } from 'react';
import { Link } from '../lib/router/index.js';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** A "Change" link; the hidden text says what it changes, for screen readers and voice control. */
  change?: { to: string; label?: string };
}

/** Facts as key / value rows with a Change link on each (GOV.UK summary list). */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((r) => (
        <div className="summary-list__row" key={r.key}>
          <dt className="summary-list__key">{r.key}</dt>
          <dd className="summary-list__value">{r.value}</dd>
          <dd className="summary-list__actions">
            {r.change && (
              <Link to={r.change.to}>
                {r.change.label ?? 'Change'}
                <span className="visually-hidden"> {r.key.toLowerCase()}</span>
              </Link>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
