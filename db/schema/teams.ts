/**
 * Teams cards that a button press may later update (issue 17 §5): Teams sends back only the pressed button's data,
 * never the card, so the card JSON is kept by conversation and activity id. Only cards with a settling button are
 * kept; rows older than 90 days, or beyond the newest 200 of a conversation, are pruned (db/stores/sent-cards.ts).
 */
import { sqliteTable, text, integer, index, primaryKey } from "drizzle-orm/sqlite-core";

export const teamsSentCards = sqliteTable(
  "teams_sent_cards",
  {
    conversationId: text().notNull(),
    activityId: text().notNull(),
    /** The Adaptive Card as sent (or as last updated), JSON. */
    card: text().notNull(),
    sentAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.conversationId, t.activityId] }),
    index("teams_sent_cards_conversation_sent_at").on(t.conversationId, t.sentAt),
    index("teams_sent_cards_updated_at").on(t.updatedAt),
  ],
);
