/** Slack Events API ids already handled, so Slack's retries of one event do nothing twice (kept for a day). */
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";

export const slackSeenEvents = sqliteTable(
  "slack_seen_events",
  {
    eventId: text().primaryKey(),
    seenAt: integer().notNull(),
  },
  (t) => [index("slack_seen_events_seen_at").on(t.seenAt)],
);

/**
 * Signatures of Slack requests already accepted (issue 16 point 2): a signed request replayed while its timestamp
 * is still inside the five-minute window is refused. Kept until the window has passed (`expiresAt`), then pruned.
 */
export const slackSeenSignatures = sqliteTable(
  "slack_seen_signatures",
  {
    signature: text().primaryKey(),
    expiresAt: integer().notNull(),
  },
  (t) => [index("slack_seen_signatures_expires_at").on(t.expiresAt)],
);
