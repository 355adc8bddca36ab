import { useNavigate } from 'react-router';
import type { MouseEvent } from 'react';

/** A click the browser should handle itself: another button, a modifier key (a new tab or window), or handled. */
export const leftToBrowser = (event: MouseEvent<Element>) =>
  event.defaultPrevented ||
  event.button !== 0 ||
  event.metaKey ||
  event.altKey ||
  event.ctrlKey ||
  event.shiftKey;

/**
 * A click handler for a long list of plain links (`<a href data-in-app>`): it follows a plain click inside
 * the app, as a router Link would, from one handler on the list. The server draws dozens of these links on
 * every dashboard, and a router Link costs several hooks each (decision 078).
 */
export function useFollowInApp(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-in-app]') : null;
    const href = link?.getAttribute('href');
    if (!href || leftToBrowser(event)) return;
    event.preventDefault();
    void navigate(href);
  };
}
