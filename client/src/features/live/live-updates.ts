import { useEffect, useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';

const EVENTS_URL = '/api/v1/events';
/** Without a working stream, public data is re-checked this often (cheap: the dashboard answers 304). */
export const POLL_MS = 60_000;
/** Failed connection attempts in a row before giving up on the stream and polling instead. */
const MAX_STREAM_FAILURES = 3;
/** How long the "updated just now" cue stays. */
const CUE_MS = 8_000;

// The time of the last change this page applied; the cue shows while it is recent.
let lastChangeAt = 0;
const listeners = new Set<() => void>();
function markChanged(): void {
  lastChangeAt = Date.now();
  listeners.forEach((listener) => listener());
  setTimeout(() => listeners.forEach((listener) => listener()), CUE_MS + 50);
}

/** True for a few seconds after a live change was applied. */
export function useRecentlyUpdated(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => Date.now() - lastChangeAt < CUE_MS,
    () => false, // server render and hydration: nothing has changed yet
  );
}

/** Refreshes everything that shows agreements, commitments or statuses (the queries marked `catalog`). */
function refreshCatalog(queryClient: QueryClient, cue: boolean): void {
  void queryClient.invalidateQueries({ predicate: (query) => query.meta?.catalog === true });
  if (cue) markChanged();
}

/** The part of EventSource used here (tests pass a stand-in). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: () => void): void;
  close(): void;
}

/**
 * Keeps open pages current: listens to the server's live stream and refreshes public data when an
 * analyst publishes. Falls back to polling when the stream cannot be had (an old proxy, a closed port).
 * Returns the function that stops it.
 */
export function connectLiveUpdates(
  queryClient: QueryClient,
  openStream: ((url: string) => EventSourceLike) | undefined = typeof EventSource === 'undefined'
    ? undefined
    : (url) => new EventSource(url),
): () => void {
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  const startPolling = () => {
    pollTimer ??= setInterval(() => refreshCatalog(queryClient, false), POLL_MS);
  };
  if (!openStream) {
    startPolling();
    return () => clearInterval(pollTimer);
  }
  let failures = 0;
  const source = openStream(EVENTS_URL);
  source.addEventListener('open', () => {
    failures = 0;
  });
  source.addEventListener('update', () => refreshCatalog(queryClient, true));
  source.addEventListener('change', () => refreshCatalog(queryClient, true));
  source.addEventListener('resync', () => refreshCatalog(queryClient, false));
  source.addEventListener('error', () => {
    // The browser retries by itself; after repeated failures, stop and poll instead.
    failures++;
    if (failures >= MAX_STREAM_FAILURES || source.readyState === 2 /* CLOSED */) {
      source.close();
      startPolling();
    }
  });
  return () => {
    source.close();
    clearInterval(pollTimer);
  };
}

/** Connects the page to live updates for as long as the app is mounted. */
export function useLiveUpdates(queryClient: QueryClient): void {
  useEffect(() => connectLiveUpdates(queryClient), [queryClient]);
}
