import type { ReactNode } from 'react';
import { useApiQuery } from '../../lib/queries.js';
import { BackLink, Flash, Loading, PageHeading, StaticPage, SubNav, usePageTitle } from '../../ui/index.js';
import { callName } from '../../shared.js';
import { statusLine } from './worker-status.js';

export type PaTab = 'details' | 'checks' | 'contract' | 'documents' | 'records';

const TABS: { tab: PaTab; label: string; suffix: string }[] = [
  { tab: 'details', label: 'Details', suffix: '' },
  { tab: 'checks', label: 'Checks', suffix: '/checks' },
  { tab: 'contract', label: 'Contract', suffix: '/contract' },
  { tab: 'documents', label: 'Documents', suffix: '/documents' },
  { tab: 'records', label: 'Records', suffix: '/records' },
];

/** The path of one part of a PA's page. */
export function paPath(workerId: string, tab: PaTab = 'details'): string {
  return `/pas/${workerId}${TABS.find((t) => t.tab === tab)!.suffix}`;
}

/**
 * The frame of every part of a PA's page: back to the list, their name as the h1, where they
 * stand in words, and links to the other parts (each part is its own route, so focus moves to
 * the h1 as on any page). Shows a flash message left by the page before. `title` overrides the
 * part's name in the window title.
 */
export function PaPage({ workerId, tab, children, title }: { workerId: string; tab: PaTab; title?: string; children: ReactNode }) {
  const worker = useApiQuery('workers.get', { id: workerId });
  const current = TABS.find((t) => t.tab === tab)!;
  usePageTitle(worker.data ? `${title ?? current.label} – ${worker.data.fullName}` : 'Your PAs');
  if (worker.isPending) return <Loading />;
  if (worker.isError) {
    return (
      <StaticPage title="This PA could not be found" back="/pas">
        <p className="body">{worker.error.message}</p>
        <p className="body">Go back to your PAs and choose them again.</p>
      </StaticPage>
    );
  }
  const w = worker.data;
  return (
    <>
      <BackLink to="/pas">Your PAs</BackLink>
      <Flash />
      <PageHeading>{w.fullName}</PageHeading>
      <p className="body pa-status">
        <strong>{statusLine(w)}</strong>
        {w.jobTitle && <span className="pa-status__job"> · {w.jobTitle}</span>}
      </p>
      <SubNav
        label={`About ${callName(w)}`}
        items={TABS.map((t) => ({ to: paPath(workerId, t.tab), label: t.label, current: t.tab === tab }))}
      />
      {children}
    </>
  );
}
