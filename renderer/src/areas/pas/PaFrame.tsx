import type { PaTab } from '../../lib/area.js';
import { BackLink, Flash, PageHeading, SubNav, usePageTitle } from '../../ui/index.js';
import { callName } from '../../shared.js';
import { PaTabsContext, usePa } from './pa-context.js';
import { paPath } from './paths.js';
import { statusLine } from './worker-status.js';

/**
 * The frame of every tab of a PA's page: back to the list, their name as the h1, where they
 * stand in words, the tabs, then the tab's section. Each tab is its own route, so focus moves
 * to the h1 as on any page. Shows a flash message left by the page before.
 */
export function PaFrame({ tabs, current }: { tabs: PaTab[]; current: PaTab }) {
  const w = usePa();
  usePageTitle(`${current.label} – ${w.fullName}`);
  const Section = current.section;
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
        items={tabs.map((t) => ({ to: paPath(w.id, t.path === '/' ? '' : t.path), label: t.label, current: t === current }))}
      />
      <PaTabsContext.Provider value={tabs}>
        <Section />
      </PaTabsContext.Provider>
    </>
  );
}
