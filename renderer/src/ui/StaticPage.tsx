import type { ReactNode } from 'react';
import { BackLink } from './BackLink.js';
import { PageHeading } from './PageHeading.js';
import { usePageTitle } from './page-title.js';

/** A page without a form: title, optional back link, heading. */
export function StaticPage({ title, heading = title, caption, back, children }: { title: string; heading?: ReactNode; caption?: ReactNode; back?: string | undefined; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      {back && <BackLink to={back} />}
      <PageHeading caption={caption}>{heading}</PageHeading>
      {children}
    </>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="body" role="status">
      {what}…
    </p>
  );
}
