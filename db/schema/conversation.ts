/**
 * Where a chat platform can be reached proactively (Teams conversation references): stored from every authenticated
 * activity, refreshed when the service URL changes, disabled when the platform says the bot can no longer post there.
 */
import { sqliteTable, text, integer, uniqueIndex } from "drizzle-orm/sqlite-core";

export const CONVERSATION_TARGET_KINDS = ["channel", "person"] as const;
export type ConversationTargetKind = (typeof CONVERSATION_TARGET_KINDS)[number];

export const conversationTargets = sqliteTable(
  "conversation_targets",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    platform: text().notNull(),
    /** "channel": a Teams channel or a chat; "person": one user (aad object id), reachable 1:1. */
    kind: text({ enum: CONVERSATION_TARGET_KINDS }).notNull(),
    /** Our ref for the target: the channel id / chat conversation id, or the user's AAD object id. */
    ref: text().notNull(),
    serviceUrl: text().notNull(),
    /** The conversation to post into; for a person, their 1:1 chat once known. */
    conversationId: text(),
    /** personal | groupChat | channel */
    conversationType: text(),
    tenantId: text(),
    teamId: text(),
    channelId: text(),
    botId: text(),
    /** The user's platform id (Teams "29:…") and AAD object id, for 1:1 chats. */
    userId: text(),
    userAadId: text(),
    /** Set when the platform said the bot can no longer post there (removed, blocked, disabled by admin). */
    disabledAt: integer(),
    disabledReason: text(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (t) => [uniqueIndex("conversation_targets_platform_kind_ref").on(t.platform, t.kind, t.ref)],
);
