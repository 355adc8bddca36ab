import { useEffect } from 'react';

// How many mounted guards hold unsaved work, for actions that would drop it without leaving the page.
let unsaved = 0;

/** True while some form on the page holds input that is not saved (signing out would drop it). */
export function hasUnsavedWork(): boolean {
  return unsaved > 0;
}

/** An in-app link to another page (same origin, another path, no modifier keys, no new tab). */
function leavingLink(event: MouseEvent): boolean {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return false;
  }
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self')) return false;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin && url.pathname !== window.location.pathname;
}

/**
 * While `dirty`, leaving the page asks first: in-app links through a confirmation (a click listener that
 * runs before the router's), closing or reloading the tab through the browser's own "leave site?" prompt.
 * Unsaved work is never dropped silently.
 */
export function useLeaveGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    const confirmLink = (event: MouseEvent) => {
      if (leavingLink(event) && !window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', ask);
    document.addEventListener('click', confirmLink, true);
    unsaved++;
    return () => {
      window.removeEventListener('beforeunload', ask);
      document.removeEventListener('click', confirmLink, true);
      unsaved--;
    };
  }, [dirty, question]);
}
