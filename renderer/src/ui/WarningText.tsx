import type { ReactNode } from 'react';

/** Something the person must not miss, with a "!" and the word "Warning" for screen readers. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
