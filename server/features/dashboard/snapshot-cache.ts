import { createHash } from 'node:crypto';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import type { DataChanges } from '../catalog/data-changes.ts';
import { buildDashboard } from './build-dashboard.ts';

export interface Snapshot {
  body: Buffer;
  etag: string;
}

/** How many different asOf dates are kept at once; the oldest-used is dropped first. */
const MAX_SNAPSHOTS = 64;

/**
 * The dashboard's hot path: its JSON is built and serialised once per data change and asOf date;
 * requests get the kept bytes and their strong ETag.
 */
export class DashboardSnapshots {
  private readonly snapshots = new Map<string, Promise<Snapshot>>();
  /** The same snapshots once built, for the hot path's synchronous look-up. */
  private readonly ready = new Map<string, Snapshot>();
  /** Bumped by every change, so a build that started before a change is never kept as ready. */
  private generation = 0;

  constructor(
    private readonly catalog: CatalogStore,
    changes: DataChanges,
    private readonly now: () => Date = () => new Date(),
  ) {
    changes.on('change', () => {
      this.generation++;
      this.snapshots.clear();
      this.ready.clear();
    });
  }

  get(asOf: string): Promise<Snapshot> {
    const kept = this.snapshots.get(asOf);
    if (kept) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      this.snapshots.delete(asOf);
      this.snapshots.set(asOf, kept);
      return kept;
    }
    const generation = this.generation;
    const building = this.build(asOf);
    this.snapshots.set(asOf, building);
    building.then(
      (snapshot) =>
        generation === this.generation && this.snapshots.has(asOf) && this.ready.set(asOf, snapshot),
      () => this.snapshots.get(asOf) === building && this.snapshots.delete(asOf),
    );
    if (this.snapshots.size > MAX_SNAPSHOTS) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) {
        this.snapshots.delete(oldest);
        this.ready.delete(oldest);
      }
    }
    return building;
  }

  /** A built snapshot, if there is one for this date now; never builds. */
  peek(asOf: string): Snapshot | undefined {
    return this.ready.get(asOf);
  }

  private async build(asOf: string): Promise<Snapshot> {
    const dashboard = buildDashboard(await this.catalog.get(), asOf, this.now());
    const body = Buffer.from(JSON.stringify(dashboard));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    return { body, etag };
  }
}
