import { useEffect, useRef, type ReactNode } from 'react';
import { usePath } from '../lib/router/index.js';

/**
 * The page's one h1. It takes focus when the page opens, and again whenever the route changes
 * while it stays on screen (a layout that outlives its pages), so a screen reader announces
 * the new page after each route change and the next Tab continues from the top of the content.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const path = usePath();
  useEffect(() => {
    ref.current?.focus();
  }, [path]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1} className="heading-l">
        {children}
      </h1>
    </>
  );
}
