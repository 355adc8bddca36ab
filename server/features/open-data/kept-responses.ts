import { bodyEtag } from './conditional-get.ts';

export interface KeptResponse {
  body: Buffer;
  etag: string;
}

/**
 * Response bodies built from one data version (feeds, badges, embed cards), kept as bytes with their
 * ETag so a reader costs a lookup, not a rebuild. Bounded, least recently used out first: keys carry the
 * slug and the request's origin, so a flood of distinct Host headers or slugs cannot grow memory for good.
 */
export class KeptResponses {
  private readonly entries = new Map<string, KeptResponse>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 1_000,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, build: () => string | Buffer): KeptResponse {
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const content = build();
    const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const kept = { body, etag: bodyEtag(body) };
    this.entries.set(key, kept);
    this.bytes += body.length;
    this.evict();
    return kept;
  }

  private evict(): void {
    for (const [key, oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) return;
      this.entries.delete(key);
      this.bytes -= oldest.body.length;
    }
  }
}
