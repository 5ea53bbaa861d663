import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table that may be wider than the window (320 px, or the Largest text): it scrolls sideways
 * inside its own box, so the page itself never does (WCAG 1.4.10 Reflow). The box is a region
 * named `label`; while it is wider than the window it can take focus, so a keyboard user can
 * scroll it with the arrow keys (WCAG 2.1.1), and it says so with a visible hint.
 */
export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setWide(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={wide ? 'table-box table-box--wide' : 'table-box'} role="region" aria-label={label} tabIndex={wide ? 0 : undefined}>
      {children}
    </div>
  );
}
