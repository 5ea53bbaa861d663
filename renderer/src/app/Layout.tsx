import type { ReactNode } from 'react';
import { focusById, Link, usePath } from '../lib/router/index.js';
import { NAV } from './areas.js';

/**
 * Every page's frame: skip link, header, navigation (only when the book is open), main.
 * `nav` and `actions` are empty on the first-run and lock screens.
 */
export function Layout({ children, nav = false, actions, banner }: { children: ReactNode; nav?: boolean; actions?: ReactNode; banner?: ReactNode }) {
  const path = usePath();
  const under = (to: string) => path === to || path.startsWith(to + '/');
  const active = (item: (typeof NAV)[number]) => (item.to === '/' ? path === '/' : [item.to, ...(item.also ?? [])].some(under));
  return (
    <>
      <a href="#main-content" className="skip-link no-print" onClick={focusById('main-content')}>
        Skip to main content
      </a>
      <header className="header no-print">
        <div className="header__top">
          <div className="width-container header__inner">
          <span className="header__service">Carebook</span>
          {actions}
          {!nav && (
            <Link to="/help" className="header__link">
              Help
            </Link>
          )}
          </div>
        </div>
        {nav && (
          <nav className="nav" aria-label="Main">
            <ul className="width-container nav__list">
              {NAV.map((item) => (
                <li key={item.to} className="nav__item">
                  <Link to={item.to} className="nav__link" aria-current={active(item) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      {banner}
      <div className="width-container">
        <main id="main-content" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
