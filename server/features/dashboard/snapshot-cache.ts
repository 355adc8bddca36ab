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

  constructor(
    private readonly catalog: CatalogStore,
    changes: DataChanges,
    private readonly now: () => Date = () => new Date(),
  ) {
    changes.on('change', () => this.snapshots.clear());
  }

  get(asOf: string): Promise<Snapshot> {
    const kept = this.snapshots.get(asOf);
    if (kept) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      this.snapshots.delete(asOf);
      this.snapshots.set(asOf, kept);
      return kept;
    }
    const building = this.build(asOf);
    this.snapshots.set(asOf, building);
    building.catch(() => this.snapshots.get(asOf) === building && this.snapshots.delete(asOf));
    if (this.snapshots.size > MAX_SNAPSHOTS) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) this.snapshots.delete(oldest);
    }
    return building;
  }

  private async build(asOf: string): Promise<Snapshot> {
    const dashboard = buildDashboard(await this.catalog.get(), asOf, this.now());
    const body = Buffer.from(JSON.stringify(dashboard));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    return { body, etag };
  }
}
