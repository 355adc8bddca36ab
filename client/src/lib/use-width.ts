import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, kept current as it resizes. Until measured (the server's render, and
 * hydration, which must draw the same) it is `initial`; the measure comes before the first paint.
 */
export function useWidth<T extends HTMLElement>(initial = 0) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.clientWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
