import { Link } from '../lib/router/index.js';

export function BackLink({ to, children = 'Back' }: { to: string; children?: string }) {
  return (
    <Link to={to} className="back-link">
      {children}
    </Link>
  );
}
