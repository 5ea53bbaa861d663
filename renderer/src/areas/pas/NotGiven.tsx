import type { ReactNode } from 'react';

/** A value, or "Not given" in grey words when it is empty (never a blank the reader must guess at). */
export function OrNotGiven({ value, children, text = 'Not given' }: { value: unknown; children?: ReactNode; text?: string }) {
  if (value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return <span className="secondary-text">{text}</span>;
  }
  return <>{children ?? String(value)}</>;
}

/** Lines of text, one under another (an address), or "Not given". */
export function Lines({ lines }: { lines: string[] }) {
  return (
    <OrNotGiven value={lines}>
      {lines.map((l, i) => (
        <span key={i} className="line">
          {l}
        </span>
      ))}
    </OrNotGiven>
  );
}
