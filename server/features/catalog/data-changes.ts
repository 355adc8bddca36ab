import { EventEmitter } from 'node:events';

export interface DataChange {
  entity: string;
  version?: number;
}

/**
 * The process's view of "the data changed": services call notify() after a committed write;
 * caches listen and drop what they built. A later step feeds other instances' changes in here too.
 */
export class DataChanges extends EventEmitter<{ change: [DataChange] }> {
  private counter = 0;

  get version(): number {
    return this.counter;
  }

  notify(change: DataChange): void {
    this.counter++;
    this.emit('change', change);
  }
}
