import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/**
 * A link to a page, by its whole path ("/pas/abc/contract"). A plain anchor: the browser moves
 * the hash and the router follows, so it means the same in every nested route (wouter's own
 * Link would resolve it against the nearest nest).
 */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a href={'#' + to} {...rest} />;
}

/** For in-page links (skip link, error summary): focus the target without touching the route. */
export function focusById(id: string) {
  return (e: MouseEvent) => {
    const el = document.getElementById(id);
    if (!el) return;
    e.preventDefault();
    el.focus();
    el.scrollIntoView({ block: 'center' });
  };
}
