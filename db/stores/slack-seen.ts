/**
 * Slack event ids already handled, in SQLite (https://docs.slack.dev/apis/events-api#retries). Ids older than a day
 * are forgotten: Slack retries within minutes.
 */
import { lt } from "drizzle-orm";
import type { SlackSeenStore } from "../../src/stores/slack-seen.js";
import type { Db } from "../connection.js";
import { slackSeenEvents } from "../schema/index.js";

const KEEP_MS = 24 * 60 * 60_000;
/** Forget old ids every this many new ones (cheap: the seen_at index). */
const PRUNE_EVERY = 200;

export function createSlackSeenStore(db: Db): SlackSeenStore {
  let inserts = 0;
  return {
    markEventSeen(eventId, now) {
      const inserted = db.insert(slackSeenEvents).values({ eventId, seenAt: now }).onConflictDoNothing().run();
      if (inserted.changes > 0 && ++inserts % PRUNE_EVERY === 0)
        db.delete(slackSeenEvents)
          .where(lt(slackSeenEvents.seenAt, now - KEEP_MS))
          .run();
      return inserted.changes > 0;
    },
  };
}
