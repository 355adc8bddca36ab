import { useState } from 'react';

/**
 * Local state that follows `value` whenever `value` changes. The filters' controls show a change at once, while
 * the URL (their source of truth) catches up: React Router applies a navigation as a transition, and a control
 * bound straight to the URL would flick back to its old value in between.
 */
export function useMirror<T>(value: T): [T, (next: T) => void] {
  const [state, setState] = useState(value);
  const [followed, setFollowed] = useState(value);
  if (!Object.is(followed, value)) {
    // Adjusting state while rendering, as React documents for "state that follows a prop".
    setFollowed(value);
    setState(value);
  }
  return [state, setState];
}
