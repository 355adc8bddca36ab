import type { Response } from 'express';

/** Writes Server-Sent Events to one response. */
export class EventStream {
  constructor(private readonly res: Response) {}

  open(retryMs: number): void {
    this.res.status(200);
    this.res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    this.res.setHeader('Cache-Control', 'no-cache, no-transform');
    this.res.setHeader('X-Accel-Buffering', 'no'); // nginx and friends: pass events through at once
    this.res.setHeader('Connection', 'keep-alive');
    this.res.flushHeaders();
    this.res.write(`retry: ${retryMs}\n\n`);
  }

  send(event: string, data: unknown, id?: number): void {
    const idLine = id === undefined ? '' : `id: ${id}\n`;
    this.res.write(`${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  comment(text: string): void {
    this.res.write(`: ${text}\n\n`);
  }

  end(): void {
    this.res.end();
  }
}
