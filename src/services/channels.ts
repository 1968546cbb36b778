/** Binding a chat channel to a forum: one transaction with its audit row, recording the forum it was bound to before. */
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { channelBindings } from "../../db/schema/index.js";
import { change } from "./audit.js";
import { forumById, type ForumRow } from "./region.js";

export function bindChannel(db: Db, actor: string, now: number, forum: ForumRow, platform: string, channelRef: string): void {
  change(db, actor, now, (tx, audit) => {
    const previous = tx
      .select()
      .from(channelBindings)
      .where(and(eq(channelBindings.platform, platform), eq(channelBindings.channelRef, channelRef)))
      .get();
    tx.insert(channelBindings)
      .values({ forumId: forum.id, platform, channelRef })
      .onConflictDoUpdate({
        target: [channelBindings.platform, channelBindings.channelRef],
        set: { forumId: forum.id, disabledAt: null, disabledReason: null },
      })
      .run();
    audit({
      action: "channel.bind",
      entity: "channel",
      entityId: `${platform}:${channelRef}`,
      before: previous ? { forum: forumById(tx, previous.forumId)?.code, disabledAt: previous.disabledAt } : null,
      after: { forum: forum.code },
    });
  });
}
