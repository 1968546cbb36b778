/**
 * Feed heads (scope, people, meeting versions, ETag; src/services/feeds/feed-state.ts) by token and language, kept
 * while the database is unchanged. SQLite counts this connection's changes (total_changes()) and other connections'
 * commits (data_version), so one small query tells whether anything a feed shows may have changed; any write at all
 * drops every head, which errs on the safe side. A head also lapses once the feed's window (12 months back from now)
 * has moved past its first meeting, or moved back. Calendar clients poll every feed again and again, mostly for a
 * 304: with the head kept, that answer costs no query of the feed's own (issue 18 §5: 304 at least 10× faster).
 */
import type { DbOrTx } from "../../../db/connection.js";
import { LruCache } from "../../memo.js";
import { type FeedHead, feedWindowStart } from "./feed-state.js";

export class FeedHeadCache {
  private readonly entries: LruCache<string, { stamp: string; head: FeedHead }>;

  constructor(capacity = 1000) {
    this.entries = new LruCache(capacity);
  }

  /** The database's change stamp: equal stamps mean no row changed in between, here or in another connection. */
  static stamp(db: DbOrTx): string {
    const row = db.get<{ changes: number; version: number }>("select total_changes() changes, data_version version from pragma_data_version");
    return `${row.changes}:${row.version}`;
  }

  get(key: string, stamp: string, now: number): FeedHead | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const from = feedWindowStart(now, entry.head.zone);
    const first = entry.head.versions[0];
    if (entry.stamp !== stamp || from < entry.head.from || (first && from > first.startsAt)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.head;
  }

  set(key: string, stamp: string, head: FeedHead): void {
    this.entries.set(key, { stamp, head });
  }
}
