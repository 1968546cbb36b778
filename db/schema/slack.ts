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
