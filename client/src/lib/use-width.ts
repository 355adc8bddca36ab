import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, kept current as it resizes. Until measured (the server's render, and
 * hydration, which must draw the same) it is `initial`. The first measure is applied as a transition, so
 * a large drawing is redrawn in slices after hydration; a page that keeps the drawing's height meanwhile
 * (status-over-time.css) does not move.
 */
export function useWidth<T extends HTMLElement>(initial = 0) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A transition: redrawing a large drawing at the measured width yields to the browser as it goes,
    // instead of one long task right after hydration (the server's drawing stays on screen meanwhile).
    startTransition(() => setWidth(Math.floor(element.clientWidth)));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
