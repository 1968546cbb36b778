/**
 * Rendered feeds by ETag, plain and gzipped. The ETag already covers every input of the rendering, so a hit can be
 * served (or answered 304) without building the calendar. Small and bounded: least recently used entries go first.
 */
export interface CachedFeed {
  body: string;
  /** The body gzipped, made on first request that accepts it. */
  gzip?: Buffer;
}

export class FeedCache {
  private readonly entries = new Map<string, CachedFeed>();

  constructor(private readonly capacity = 200) {}

  get(etag: string): CachedFeed | undefined {
    const hit = this.entries.get(etag);
    if (hit) {
      this.entries.delete(etag);
      this.entries.set(etag, hit);
    }
    return hit;
  }

  set(etag: string, feed: CachedFeed): void {
    this.entries.delete(etag);
    this.entries.set(etag, feed);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
