import type { Urgency } from '../shared.js';

/** Urgency shown three ways: words, a shape, and colour — never colour alone. */
const TAGS: Record<Urgency, { text: string; shape: string }> = {
  // An octagon (stop sign) for what breaks the law, a triangle for overdue, a hollow circle for
  // missing, a clock for due soon.
  unlawful: { text: 'Against the law', shape: 'M7 1h6l5 5v6l-5 5H7l-5-5V6z' },
  overdue: { text: 'Overdue', shape: 'M10 1l9 17H1z' },
  missing: { text: 'Missing', shape: 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16zm0 3a5 5 0 1 0 0 10a5 5 0 1 0 0-10z' },
  'due-soon': { text: 'Due soon', shape: 'M10 1a9 9 0 1 1 0 18a9 9 0 1 1 0-18zm-1 4v6l5 3 1-2-4-2V5z' },
};

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const t = TAGS[urgency];
  return (
    <strong className={`tag tag--${urgency}`}>
      <svg className="tag__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path fill="currentColor" fillRule="evenodd" d={t.shape} />
      </svg>
      {t.text}
    </strong>
  );
}
