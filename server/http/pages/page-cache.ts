/** A rendered page as it is sent: the bytes, their strong ETag, and the status (200, or 404 for not found). */
export interface KeptPage {
  status: number;
  body: Buffer;
  etag: string;
}

export interface PageCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

/**
 * Rendered pages by key, least recently used dropped first once there are more than `maxEntries` or more
 * than `maxBytes` of them. `clear()` drops them all (a data change) and bumps the generation, so a render
 * that started before the change is never kept.
 */
export class PageCache {
  private readonly pages = new Map<string, KeptPage>();
  private bytes = 0;
  generation = 0;

  constructor(private readonly limits: PageCacheLimits) {}

  get size(): number {
    return this.pages.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): KeptPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key); // re-inserted: most recently used last (a Map keeps insertion order)
      this.pages.set(key, page);
    }
    return page;
  }

  /** Keeps `page` unless the data changed since its render began (`generation` is the one read then). */
  set(key: string, page: KeptPage, generation: number): void {
    if (generation !== this.generation || page.body.length > this.limits.maxBytes) return;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += page.body.length;
    while (this.pages.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= page.body.length;
    this.pages.delete(key);
  }
}
