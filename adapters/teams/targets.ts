/**
 * Our own record of where Teams can be reached proactively, kept from every authenticated activity: the chat or
 * channel it came from and the person who sent it. This file maps a Bot Framework activity to targets; the store
 * port keeps them (and writes only when something changed).
 */
import type { Activity } from "botbuilder";
import type { ChatAccount } from "../../src/conversation/reply.js";
import type { ConversationTarget, ConversationTargetStore } from "../../src/stores/conversation-targets.js";
import { channelDataOf, channelRefOf } from "./inbound.js";

/** Records the conversation and the sender of an authenticated activity. */
export function rememberActivity(targets: ConversationTargetStore, activity: Activity, now: number): void {
  const serviceUrl = activity.serviceUrl;
  const conversation = activity.conversation;
  if (!serviceUrl || !conversation?.id) return;
  const data = channelDataOf(activity);
  const tenantId = data.tenant?.id ?? conversation.tenantId ?? undefined;
  const conversationType = conversation.conversationType ?? (data.channel?.id ? "channel" : "personal");
  const removed = activity.type === "installationUpdate" && String(activity.action ?? "").startsWith("remove");
  const botId = activity.recipient?.id;
  const ref = channelRefOf(activity) ?? conversation.id;
  targets.save(
    {
      kind: "channel",
      ref,
      serviceUrl,
      conversationId: conversationType === "channel" ? ref : conversation.id,
      conversationType,
      tenantId,
      teamId: data.team?.id,
      channelId: data.channel?.id,
      botId,
      ...(removed ? { disabledAt: now, disabledReason: "uninstalled" } : {}),
    },
    now,
    { reenable: !removed },
  );
  const from = activity.from;
  const personal = conversationType === "personal";
  if (!from?.aadObjectId || removed || (activity.type !== "message" && !personal)) return;
  targets.save(
    {
      kind: "person",
      ref: from.aadObjectId,
      serviceUrl,
      tenantId,
      botId,
      userId: from.id,
      userAadId: from.aadObjectId,
      ...(personal ? { conversationId: conversation.id, conversationType: "personal" } : {}),
    },
    now,
    { reenable: personal },
  );
}

/** Records the 1:1 chat created for a person (the row may be one borrowed from another target). */
export function rememberPersonalChat(targets: ConversationTargetStore, person: ConversationTarget, conversationId: string, now: number): void {
  const { id: _id, createdAt: _created, updatedAt: _updated, platform: _platform, ...values } = person;
  targets.save({ ...values, kind: "person", conversationId, conversationType: "personal" }, now, { reenable: false });
}

/**
 * A way to reach a person we have not seen yet: the service URL, tenant and bot of the newest enabled target,
 * with their AAD object id as the member (Teams accepts it when the app is installed for them).
 */
export function borrowedPersonTarget(targets: ConversationTargetStore, aadId: string): ConversationTarget | undefined {
  const donor = targets.newestEnabled();
  if (!donor) return undefined;
  return {
    ...donor,
    kind: "person",
    ref: aadId,
    userId: aadId,
    userAadId: aadId,
    conversationId: null,
    conversationType: "personal",
    teamId: null,
    channelId: null,
  };
}

/**
 * The Teams user ids ("29:…", what a card's refresh `userIds` takes) of the accounts, for the people the bot has
 * seen; the others can still refresh the card by hand from its message menu.
 */
export function teamsUserIds(targets: ConversationTargetStore, accounts: readonly ChatAccount[]): string[] {
  const ids = accounts.filter((a) => a.platform === "teams").map((a) => targets.find("person", a.ref)?.userId);
  return [...new Set(ids.filter((id): id is string => !!id))];
}
