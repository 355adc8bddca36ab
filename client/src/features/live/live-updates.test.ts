import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { POLL_MS, connectLiveUpdates } from './live-updates.ts';

/** A stand-in EventSource the test drives by hand. */
class FakeStream {
  readyState = 1;
  closed = false;
  private readonly handlers = new Map<string, (() => void)[]>();
  addEventListener(type: string, handler: () => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string) {
    this.handlers.get(type)?.forEach((handler) => handler());
  }
}

describe('connectLiveUpdates', () => {
  let queryClient: QueryClient;
  let invalidate: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers();
    queryClient = new QueryClient();
    invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
  });
  afterEach(() => vi.useRealTimers());

  it('refreshes the catalog queries when an update event arrives', () => {
    const stream = new FakeStream();
    const stop = connectLiveUpdates(queryClient, () => stream);
    stream.emit('update');
    expect(invalidate).toHaveBeenCalledTimes(1);
    const [filters] = invalidate.mock.calls[0] as [
      { predicate: (query: { meta?: { catalog?: boolean } }) => boolean },
    ];
    expect(filters.predicate({ meta: { catalog: true } })).toBe(true);
    expect(filters.predicate({ meta: {} })).toBe(false);
    stop();
    expect(stream.closed).toBe(true);
  });

  it('falls back to polling after the stream fails repeatedly', () => {
    const stream = new FakeStream();
    const stop = connectLiveUpdates(queryClient, () => stream);
    stream.emit('error');
    stream.emit('error');
    vi.advanceTimersByTime(POLL_MS);
    expect(invalidate).not.toHaveBeenCalled(); // still trying the stream
    stream.emit('error');
    expect(stream.closed).toBe(true);
    vi.advanceTimersByTime(POLL_MS);
    expect(invalidate).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(POLL_MS);
    expect(invalidate).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(POLL_MS);
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('polls when the browser has no EventSource', () => {
    const stop = connectLiveUpdates(queryClient, undefined);
    vi.advanceTimersByTime(POLL_MS);
    expect(invalidate).toHaveBeenCalledTimes(1);
    stop();
  });
});
