import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from '../lib/router/index.js';

type Variant = 'primary' | 'secondary' | 'warning';

const cls = (variant: Variant, start?: boolean) =>
  `button${variant === 'primary' ? '' : ` button--${variant}`}${start ? ' button--start' : ''}`;

/**
 * A big button. While `busy`, it says so and ignores presses instead of being disabled
 * (a disabled button disappears from the keyboard order and confuses people).
 */
export function Button({
  variant = 'primary',
  busy,
  busyText,
  type = 'submit',
  children,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; busy?: boolean; busyText?: string }) {
  return (
    <button
      type={type}
      className={cls(variant)}
      aria-disabled={busy ? true : undefined}
      onClick={(e) => {
        if (busy) e.preventDefault();
        else onClick?.(e);
      }}
      {...rest}
    >
      {busy ? (busyText ?? 'Please wait…') : children}
    </button>
  );
}

export function ButtonLink({ to, variant = 'primary', start, children }: { to: string; variant?: Variant; start?: boolean; children: ReactNode }) {
  return (
    <Link to={to} className={cls(variant, start)}>
      {children}
      {start && (
        <svg className="button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      )}
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="button-group">{children}</div>;
}
