import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';

/** What changed: small, so it fits a NOTIFY payload. Never the row itself. */
export interface DataChange {
  /** "commitment:SLUG", "agreement:SLUG", or "*" when everything must be assumed changed. */
  entity: string;
  /** The commitment's new version, for commitment changes. */
  version?: number;
  /** The audit event id of the write: a global, ordered id that live streams resume from. */
  eventId?: number;
}

/**
 * The process's view of "the data changed". Writes call notify() after they commit; the change
 * listener feeds in other instances' changes; caches and live streams subscribe to 'change'.
 */
export class DataChanges extends EventEmitter<{ change: [DataChange] }> {
  /** Tells this instance's own notices apart from other instances'. */
  readonly instanceId = randomUUID();
  private counter = 0;

  constructor() {
    super();
    this.setMaxListeners(0); // every open live stream listens
  }

  get version(): number {
    return this.counter;
  }

  notify(change: DataChange): void {
    this.counter++;
    this.emit('change', change);
  }
}
