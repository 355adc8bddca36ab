import { useCallback, useState } from 'react';

// Whether a mouse button, finger or pen is pressed right now, anywhere on the page.
let pressing = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pressing = true), { capture: true });
  for (const type of ['pointerup', 'pointercancel'] as const) {
    window.addEventListener(type, () => (pressing = false), { capture: true });
  }
}

/**
 * The fields a person has left, whose errors may now show. A field left by pressing a button is marked
 * only once the press is over: an error appearing at once would push that button (often "Publish")
 * away from under the pointer, and the click would be lost.
 */
export function useTouched() {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = useCallback((key: string) => {
    const mark = () => setTouched((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));
    if (!pressing) return mark();
    // After the click that the press makes (pointerup, mouseup and click come in one task).
    window.addEventListener('pointerup', () => setTimeout(mark, 0), { once: true, capture: true });
  }, []);
  const reset = useCallback(() => setTouched(new Set()), []);
  return { touched, touch, reset };
}
