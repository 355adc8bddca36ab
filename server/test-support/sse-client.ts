export interface ServerSentEvent {
  id?: string;
  event: string;
  data: string;
}

/** A minimal EventSource for tests: reads the stream with fetch and collects parsed events and comments. */
export async function openEventStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: ServerSentEvent[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';

  const parse = (block: string) => {
    const event: ServerSentEvent = { event: 'message', data: '' };
    let isEvent = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim());
      const [field, ...rest] = line.split(': ');
      const value = rest.join(': ');
      if (field === 'id') event.id = value;
      if (field === 'event') event.event = value;
      if (field === 'data') {
        event.data = value;
        isEvent = true;
      }
    }
    if (isEvent) events.push(event);
    waiters.forEach((wake) => wake());
  };

  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted
    }
  })();

  /** Resolves with the first event (from the start of the stream) that matches, or rejects after the timeout. */
  const waitFor = (match: (event: ServerSentEvent) => boolean, timeoutMs = 5_000): Promise<ServerSentEvent> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = events.find(match);
        if (!found) return false;
        waiters.delete(wake);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const wake = () => void check();
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
      }, timeoutMs);
      waiters.add(wake);
      check();
    });

  return { response, events, comments, waitFor, close: () => controller.abort() };
}
