import type { ReactNode } from 'react';

/**
 * A banner at the top of a page. "success" confirms something just happened and is announced
 * by screen readers (role alert); "important" tells something the person should know.
 * The page's heading keeps focus, so keyboard users do not lose their place.
 */
export function NotificationBanner({
  kind = 'important',
  title,
  children,
}: {
  kind?: 'important' | 'success';
  title?: string;
  children: ReactNode;
}) {
  const heading = title ?? (kind === 'success' ? 'Success' : 'Important');
  return (
    <div
      className={`notification-banner notification-banner--${kind}`}
      role={kind === 'success' ? 'alert' : 'region'}
      aria-label={kind === 'success' ? undefined : heading}
    >
      <div className="notification-banner__header">
        <h2 className="notification-banner__title">{heading}</h2>
      </div>
      <div className="notification-banner__content">{children}</div>
    </div>
  );
}
