/**
 * Chat channels bound to forums: which forum a channel belongs to, and binding one (one transaction with its audit
 * row, recording the forum it was bound to before).
 */
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { keptWhileUnchanged } from "../../db/reference-cache.js";
import { channelBindings, forums } from "../../db/schema/index.js";
import { UserError } from "../errors.js";
import { requireCapability } from "./access.js";
import { change } from "./audit.js";
import { forumById, type ForumRow } from "./forums.js";
import { actorOf, type UseCase } from "./use-case.js";

/** The forum bound to a chat channel, if any (a command there defaults to that forum). */
const forumOfChannelQuery = prepared((db: DbOrTx) =>
  db
    .select({ forum: forums })
    .from(channelBindings)
    .innerJoin(forums, eq(forums.id, channelBindings.forumId))
    .where(and(eq(channelBindings.platform, sql.placeholder("platform")), eq(channelBindings.channelRef, sql.placeholder("channelRef"))))
    .prepare(),
);
export const forumOfChannel: (db: DbOrTx, platform: string, channelRef: string) => ForumRow | undefined = keptWhileUnchanged(
  "forum of channel",
  (db, platform: string, channelRef: string) => forumOfChannelQuery(db).get({ platform, channelRef })?.forum,
  (platform, channelRef) => `${platform}\n${channelRef}`,
);

const bindingsQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(channelBindings)
    .where(eq(channelBindings.forumId, sql.placeholder("forumId")))
    .prepare(),
);
export const listChannelBindings: (db: DbOrTx, forumId: number) => readonly (typeof channelBindings.$inferSelect)[] = keptWhileUnchanged(
  "channel bindings",
  (db, forumId: number) => bindingsQuery(db).all({ forumId }),
  String,
);

/** Binds the chat channel a command came from to a forum (region admins only; the console and CLI have none). */
export function bindChannel(uc: UseCase, forum: ForumRow, platform: string, channelRef: string | undefined): void {
  requireCapability(uc, "admin");
  if (!channelRef || platform === "console" || platform === "cli") throw new UserError("bind.noChannel");
  change(uc.db, actorOf(uc), uc.now, (tx, audit) => {
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
