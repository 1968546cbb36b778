/**
 * Rendered feeds by ETag, plain and gzipped. The ETag already covers every input of the rendering, so a hit can be
 * served (or answered 304) without building the calendar. Small and bounded: least recently used entries go first.
 */
import { LruCache } from "../../memo.js";

export interface CachedFeed {
  body: string;
  /** The body gzipped, made on first request that accepts it. */
  gzip?: Buffer;
}

export class FeedCache extends LruCache<string, CachedFeed> {
  constructor(capacity = 200) {
    super(capacity);
  }
}
