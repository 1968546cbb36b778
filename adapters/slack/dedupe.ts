/**
 * Slack retries an event it thinks we missed (https://docs.slack.dev/apis/events-api#retries); the event id is
 * remembered through the store port (so a restart between the first try and the retry still counts) and a second
 * delivery stops here.
 */
import type { Middleware, AnyMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../src/log.js";
import type { SlackSeenStore } from "../../src/stores/slack-seen.js";

/** Bolt global middleware: events with an id already handled go no further (they were acknowledged already). */
export function dedupeEvents(seen: SlackSeenStore, now: () => number, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !seen.markEventSeen(eventId, now())) {
      log.info({ eventId }, "slack event repeated; ignored");
      return;
    }
    await next();
  };
}
