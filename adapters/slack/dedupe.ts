/**
 * Slack retries an event it thinks we missed (https://docs.slack.dev/apis/events-api#retries); the event id is
 * remembered in a table (so a restart between the first try and the retry still counts) and a second delivery
 * stops here. Ids older than a day are forgotten: Slack retries within minutes.
 */
import { lt } from "drizzle-orm";
import type { Middleware, AnyMiddlewareArgs } from "@slack/bolt";
import type { Db } from "../../db/connection.js";
import { slackSeenEvents } from "../../db/schema/index.js";
import type { Logger } from "../../src/log.js";

const KEEP_MS = 24 * 60 * 60_000;
/** Forget old ids every this many new ones (cheap: the seen_at index). */
const PRUNE_EVERY = 200;
let inserts = 0;

/** True the first time an event id is seen, false for every repeat. */
export function markEventSeen(db: Db, eventId: string, now: number): boolean {
  const inserted = db.insert(slackSeenEvents).values({ eventId, seenAt: now }).onConflictDoNothing().run();
  if (inserted.changes > 0 && ++inserts % PRUNE_EVERY === 0)
    db.delete(slackSeenEvents)
      .where(lt(slackSeenEvents.seenAt, now - KEEP_MS))
      .run();
  return inserted.changes > 0;
}

/** Bolt global middleware: events with an id already handled go no further (they were acknowledged already). */
export function dedupeEvents(db: Db, now: () => number, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !markEventSeen(db, eventId, now())) {
      log.info({ eventId }, "slack event repeated; ignored");
      return;
    }
    await next();
  };
}
