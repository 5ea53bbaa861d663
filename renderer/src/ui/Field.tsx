import type { ReactNode } from 'react';

/** The parts every form control shares: group, hint and error message, with their ids. */
export function describedBy(id: string, hint: unknown, error: unknown, extra?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
}

export function FormGroup({ error, children }: { error?: string | undefined; children: ReactNode }) {
  return <div className={error ? 'form-group form-group--error' : 'form-group'}>{children}</div>;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <div id={`${id}-hint`} className="hint">
      {children}
    </div>
  ) : null;
}

export function ErrorMessage({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

/** A single box's label, hint and error, in the GOV.UK order, tied to the box by `id`. */
export function FieldLabel({ id, label, hint, error }: { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id} error={error} />
    </>
  );
}
