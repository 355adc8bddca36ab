import { Router } from 'express';
import type { Db } from '../../db/client.ts';
import { HttpError } from '../../http/errors.ts';
import type { DataChange, DataChanges } from '../catalog/data-changes.ts';
import { EventStream } from './event-stream.ts';
import { liveEventFor, missedEvents } from './missed-events.ts';
import { SentIds } from './sent-ids.ts';

export const HEARTBEAT_MS = 15_000;
const RETRY_MS = 3_000;
/** Open streams allowed per client address (a newsroom behind one NAT opens several tabs). */
export const MAX_STREAMS_PER_ADDRESS = 20;
/** Open streams allowed in all, per instance: each holds a socket and a listener; past this, 503. */
export const MAX_STREAMS_TOTAL = 5_000;

export interface LiveStreams {
  router: Router;
  /** Ends every open stream, so a shutting-down server is not held open by them. */
  closeAll(): void;
  /** How many streams are open now (for /metrics). */
  openCount(): number;
}

function lastEventId(header: string | undefined): number | undefined {
  if (!header || !/^\d{1,15}$/.test(header)) return undefined;
  return Number(header);
}

/** GET /events: Server-Sent Events telling readers which commitment changed, resumable with Last-Event-ID. */
export function liveRoutes(
  db: Db,
  changes: DataChanges,
  heartbeatMs = HEARTBEAT_MS,
  maxStreams = MAX_STREAMS_TOTAL,
): LiveStreams {
  const router = Router();
  const perAddress = new Map<string, number>();
  const open = new Set<EventStream>();

  router.get('/events', async (req, res) => {
    const address = req.ip ?? 'unknown';
    const count = perAddress.get(address) ?? 0;
    if (count >= MAX_STREAMS_PER_ADDRESS)
      throw new HttpError(429, 'rate_limited', 'Too many open live streams from this address');
    if (open.size >= maxStreams)
      throw new HttpError(503, 'unavailable', 'Too many open live streams on this server; try again soon');
    perAddress.set(address, count + 1);

    const stream = new EventStream(res);
    open.add(stream);
    stream.open(RETRY_MS);
    // Events that arrive while missed ones are read are held, then sent without repeats. Repeats are
    // told by id, not by "lower than the last": an instance's own writes may reach it in another order.
    let replaying = true;
    const resumeAfter = lastEventId(req.get('last-event-id')) ?? 0;
    let seenUpTo = resumeAfter; // the client has every event up to here
    const sent = new SentIds();
    const held: DataChange[] = [];
    const send = (change: DataChange) => {
      if (change.entity === '*') return stream.send('resync', {});
      const id = change.eventId;
      if (id !== undefined && (id <= seenUpTo || sent.has(id))) return;
      const event = liveEventFor(id ?? 0, change.entity, change.version);
      if (!event) return;
      stream.send(event.event, event.data, id);
      if (id !== undefined) sent.add(id);
    };
    const onChange = (change: DataChange) => (replaying ? held.push(change) : send(change));
    changes.on('change', onChange);
    const heartbeat = setInterval(() => stream.comment('heartbeat'), heartbeatMs);
    res.on('close', () => {
      clearInterval(heartbeat);
      changes.off('change', onChange);
      open.delete(stream);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });

    if (resumeAfter > 0) {
      const missed = await missedEvents(db, resumeAfter);
      for (const event of missed.events) {
        stream.send(event.event, event.data, event.id);
        sent.add(event.id);
      }
      // Not complete, or the client claims an event newer than any we have (another database, a
      // restore): it cannot catch up event by event.
      if (!missed.complete || resumeAfter > missed.newestId) {
        seenUpTo = Math.min(seenUpTo, missed.newestId);
        stream.send('resync', {});
      }
    }
    replaying = false;
    held.splice(0).forEach(send);
  });

  return { router, closeAll: () => open.forEach((stream) => stream.end()), openCount: () => open.size };
}
