/**
 * Each meeting's feed events as rendered, keyed by everything they show (issue 18 §5): the meeting row as it is now
 * (any change to it changes the key), its published agenda version and answers, its forum and members, the contacts
 * and calendar settings, the address and the language. Feeds of different people, scopes and tokens show the same
 * meetings, and a feed changes a meeting or two at a time, so a rebuilt feed renders only what changed. Bounded:
 * least recently used entries go first.
 */
import type { FeedEvents } from "../../calendar/render-feed.js";
import { LruCache } from "../../memo.js";

/** About 2 kB an entry: the default holds every meeting of a large region's feeds. */
export class FeedEventCache extends LruCache<string, FeedEvents> {
  constructor(capacity = 5000) {
    super(capacity);
  }
}
