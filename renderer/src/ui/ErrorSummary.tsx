import { useEffect, useRef } from 'react';
import { Link, focusById } from '../lib/router/index.js';
import { fieldId, inPageOrder, type ErrorItem } from '../lib/forms.js';

/**
 * "There is a problem" at the top of the form. It takes focus whenever its list of problems
 * changes, and after every submit that leaves problems (`attempt` counts submits), as GOV.UK
 * does, so pressing Save again on the same mistake still says what is wrong. Each problem
 * links to its field.
 */
export function ErrorSummary({ items, attempt = 0 }: { items: ErrorItem[]; attempt?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = items.map((i) => `${i.name}:${i.message}`).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key, attempt]);
  if (items.length === 0) return null;
  return (
    // No role of its own (GOV.UK): the alert inside is what is announced when it appears.
    <div ref={ref} className="error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 id="error-summary-title" className="error-summary__title">
          There is a problem
        </h2>
        <ul className="error-summary__list">
          {inPageOrder(items).map((item) =>
            item.name ? (
              <li key={item.name}>
                <a href={`#${fieldId(item.name)}`} onClick={focusById(fieldId(item.name))}>
                  {item.message}
                </a>
              </li>
            ) : item.to ? (
              <li key={item.message}>
                <Link to={item.to}>{item.message}</Link>
              </li>
            ) : (
              <li key={item.message}>{item.message}</li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}
