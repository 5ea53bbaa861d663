import type { Urgency } from '../shared.js';

/** Urgency shown three ways: words, a shape, and colour — never colour alone. */
const TAGS: Record<Urgency, { text: string; shape: string }> = {
  // An octagon (stop sign) for what breaks the law, a triangle for overdue, a clock for a legal
  // duty due soon, a tick in a circle for good practice, an "i" for information.
  unlawful: { text: 'Against the law', shape: 'M7 1h6l5 5v6l-5 5H7l-5-5V6z' },
  overdue: { text: 'Overdue', shape: 'M10 1l9 17H1z' },
  'due-soon': { text: 'Due soon', shape: 'M10 1a9 9 0 1 1 0 18a9 9 0 1 1 0-18zm-1 4v6l5 3 1-2-4-2V5z' },
  'good-practice': { text: 'Good practice', shape: 'M10 1a9 9 0 1 1 0 18a9 9 0 1 1 0-18zm4 5l-5.5 6L6 9.5 4.5 11l4 4 7-7.5z' },
  information: { text: 'For information', shape: 'M10 1a9 9 0 1 1 0 18a9 9 0 1 1 0-18zM9 8v7h2V8zm0-3v2h2V5z' },
};

/** A legal duty with no date is "to do" rather than "due soon". */
const UNDATED: Partial<Record<Urgency, string>> = { 'due-soon': 'To do' };

/** `after`: words inside the tag for screen readers only, e.g. the ": " before a heading's words. */
export function UrgencyTag({ urgency, due, after }: { urgency: Urgency; due?: string | undefined; after?: string }) {
  const t = { ...TAGS[urgency], ...(due || !UNDATED[urgency] ? {} : { text: UNDATED[urgency] }) };
  return (
    <strong className={`tag tag--${urgency}`}>
      <svg className="tag__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path fill="currentColor" fillRule="evenodd" d={t.shape} />
      </svg>
      {t.text}
      {after && <span className="visually-hidden">{after}</span>}
    </strong>
  );
}
