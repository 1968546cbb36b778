/**
 * Each meeting's feed events as rendered, keyed by everything they show (issue 18 §5): the meeting row as it is now
 * (any change to it changes the key), its published agenda version and answers, its forum and members, the contacts
 * and calendar settings, the address and the language. Feeds of different people, scopes and tokens show the same
 * meetings, and a feed changes a meeting or two at a time, so a rebuilt feed renders only what changed. Bounded:
 * least recently used entries go first.
 */
import type { FeedEvents } from "../../calendar/render-feed.js";

export class FeedEventCache {
  private readonly entries = new Map<string, FeedEvents>();

  /** About 2 kB an entry: the default holds every meeting of a large region's feeds. */
  constructor(private readonly capacity = 5000) {}

  get(key: string): FeedEvents | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, events: FeedEvents): void {
    this.entries.delete(key);
    this.entries.set(key, events);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
