/**
 * Teams cards with settling buttons in SQLite (src/stores/sent-cards.ts): one upsert per card sent or updated, one
 * primary-key read per press. A new card trims its conversation to the newest `perConversation`; cards untouched
 * for `keepMs` are deleted at most once an hour (the updated_at index).
 */
import { and, eq, lt, sql } from "drizzle-orm";
import type { SentCardStore, SentCardStoreOptions } from "../../src/stores/sent-cards.js";
import type { Db } from "../connection.js";
import { teamsSentCards } from "../schema/index.js";

const PRUNE_OLD_EVERY_MS = 60 * 60_000;
/** The port's documented defaults (db/ imports only types from src/; the shared contract suite checks both). */
const DEFAULTS: Required<SentCardStoreOptions> = { keepMs: 90 * 24 * 60 * 60_000, perConversation: 200 };

export function createSentCardStore(db: Db, options: SentCardStoreOptions = {}): SentCardStore {
  const { keepMs, perConversation } = { ...DEFAULTS, ...options };
  let prunedAt = Number.NEGATIVE_INFINITY;
  // A constant LIMIT: SQLite re-plans a statement whose LIMIT is a bound parameter on every run.
  const limit = sql.raw(String(Math.trunc(perConversation)));
  return {
    remember(conversationId, activityId, card, now) {
      const updated = db
        .update(teamsSentCards)
        .set({ card, updatedAt: now })
        .where(and(eq(teamsSentCards.conversationId, conversationId), eq(teamsSentCards.activityId, activityId)))
        .run();
      if (updated.changes > 0) return;
      db.transaction((tx) => {
        tx.insert(teamsSentCards).values({ conversationId, activityId, card, sentAt: now, updatedAt: now }).onConflictDoNothing().run();
        tx.run(
          sql`DELETE FROM teams_sent_cards WHERE conversation_id = ${conversationId} AND rowid NOT IN (SELECT rowid FROM teams_sent_cards WHERE conversation_id = ${conversationId} ORDER BY sent_at DESC, rowid DESC LIMIT ${limit})`,
        );
      });
      if (now - prunedAt >= PRUNE_OLD_EVERY_MS) {
        db.delete(teamsSentCards)
          .where(lt(teamsSentCards.updatedAt, now - keepMs))
          .run();
        prunedAt = now;
      }
    },
    find(conversationId, activityId) {
      return db
        .select()
        .from(teamsSentCards)
        .where(and(eq(teamsSentCards.conversationId, conversationId), eq(teamsSentCards.activityId, activityId)))
        .get();
    },
  };
}
