import { Link } from '../lib/router/index.js';

export interface SubNavItem {
  to: string;
  label: string;
  current: boolean;
}

/**
 * Links between the parts of one thing (GOV.UK sub navigation). Links, not an ARIA tablist:
 * each part is its own page, so Tab, switch access and voice control work as they do anywhere.
 */
export function SubNav({ label, items }: { label: string; items: SubNavItem[] }) {
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul className="sub-nav__list">
        {items.map((item) => (
          <li key={item.to} className="sub-nav__item">
            <Link to={item.to} className="sub-nav__link" aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
