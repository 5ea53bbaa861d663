import { useEffect, useRef, useState } from 'react';
import { usePath } from '../lib/router/index.js';

/**
 * Says the new page's title after every route change, whatever the screen reader: a polite live
 * region that is on screen from the start (a region added with its words is often not read),
 * filled a moment after the page has set its title. Focus also moves to the page's h1
 * (PageHeading), but Orca 43 does not always speak a heading that takes focus after a route
 * change, so this makes sure. Not on the first page, which the screen reader reads as it loads.
 */
export function RouteAnnouncer() {
  const path = usePath();
  const first = useRef(true);
  const [words, setWords] = useState('');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setWords('');
    // After the new page's effects have set document.title (usePageTitle).
    const timer = window.setTimeout(() => setWords(document.title.replace(/ – Carebook$/, '')), 150);
    return () => window.clearTimeout(timer);
  }, [path]);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
      {words}
    </div>
  );
}
