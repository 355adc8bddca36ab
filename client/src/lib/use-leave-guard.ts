import { useEffect } from 'react';
import { useBlocker } from 'react-router';

// How many mounted guards hold unsaved work, for actions that would drop it without leaving the page.
let unsaved = 0;

/** True while some form on the page holds input that is not saved (signing out would drop it). */
export function hasUnsavedWork(): boolean {
  return unsaved > 0;
}

/**
 * While `dirty`, leaving the page asks first: in-app links through a confirmation, closing or reloading
 * the tab through the browser's own "leave site?" prompt. Unsaved work is never dropped silently.
 */
export function useLeaveGuard(dirty: boolean, question: string): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    unsaved++;
    return () => {
      window.removeEventListener('beforeunload', ask);
      unsaved--;
    };
  }, [dirty]);
}
