import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. It takes focus when the page opens, so a screen reader announces the new
 * page after each route change, and the next Tab continues from the top of the content.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1} className="heading-l">
        {children}
      </h1>
    </>
  );
}
