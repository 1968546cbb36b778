/**
 * Calendar feed tokens (issue 7). The token itself (≥128 random bits) is shown once in chat and never stored:
 * only its SHA-256 hash is, so a copy of the database cannot be used to read anyone's calendar.
 */
import { sqliteTable, text, integer, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { forums } from "./forum.js";
import { parties, people } from "./region.js";

export const FEED_SCOPES = ["person", "forum", "party", "region"] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];

export const feedTokens = sqliteTable(
  "feed_tokens",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Hex SHA-256 of the token. */
    tokenHash: text().notNull(),
    scope: text({ enum: FEED_SCOPES }).notNull(),
    /** Whose view the feed shows (language, private forums they may read). */
    ownerId: text()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    forumId: integer().references(() => forums.id, { onDelete: "cascade" }),
    partyId: text().references(() => parties.id, { onDelete: "cascade" }),
    createdAt: integer().notNull(),
    revokedAt: integer(),
  },
  (t) => [uniqueIndex("feed_tokens_hash").on(t.tokenHash), index("feed_tokens_owner").on(t.ownerId)],
);
