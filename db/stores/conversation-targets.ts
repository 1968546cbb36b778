/** Conversation targets of one platform in SQLite: read on every activity (prepared once), written only on change. */
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { ConversationTarget, ConversationTargetStore } from "../../src/stores/conversation-targets.js";
import type { Db } from "../connection.js";
import { prepared } from "../prepared.js";
import { conversationTargets } from "../schema/index.js";

const targetQuery = prepared((db: Db) =>
  db
    .select()
    .from(conversationTargets)
    .where(
      and(
        eq(conversationTargets.platform, sql.placeholder("platform")),
        eq(conversationTargets.kind, sql.placeholder("kind")),
        eq(conversationTargets.ref, sql.placeholder("ref")),
      ),
    )
    .prepare(),
);

export function createConversationTargetStore(db: Db, platform: string): ConversationTargetStore {
  const find = (kind: string, ref: string): ConversationTarget | undefined => targetQuery(db).get({ platform, kind, ref });
  return {
    find,
    newestEnabled() {
      return db
        .select()
        .from(conversationTargets)
        .where(and(eq(conversationTargets.platform, platform), isNull(conversationTargets.disabledAt)))
        .orderBy(desc(conversationTargets.updatedAt))
        .get();
    },
    save(values, now, { reenable }) {
      const existing = find(values.kind, values.ref);
      const wanted = { ...values, ...(reenable ? { disabledAt: null, disabledReason: null } : {}) };
      if (existing) {
        const changed = Object.entries(wanted).some(([key, value]) => value !== undefined && existing[key as keyof ConversationTarget] !== value);
        if (!changed) return;
        db.update(conversationTargets)
          .set({ ...wanted, updatedAt: now })
          .where(eq(conversationTargets.id, existing.id))
          .run();
      } else {
        db.insert(conversationTargets)
          .values({ ...wanted, platform, createdAt: now, updatedAt: now })
          .run();
      }
    },
    disable(kind, ref, reason, now) {
      db.update(conversationTargets)
        .set({ disabledAt: now, disabledReason: reason, updatedAt: now })
        .where(and(eq(conversationTargets.platform, platform), eq(conversationTargets.kind, kind), eq(conversationTargets.ref, ref)))
        .run();
    },
  };
}
