/**
 * Our own record of where Teams can be reached proactively, kept from every authenticated activity: the chat or
 * channel it came from and the person who sent it. Written only when something changed (a new service URL, a
 * re-install), so an ordinary message costs one read.
 */
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Activity } from "botbuilder";
import type { Db } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { conversationTargets } from "../../db/schema/index.js";
import { channelDataOf, channelRefOf } from "./inbound.js";

export type TargetRow = typeof conversationTargets.$inferSelect;
type TargetValues = Omit<typeof conversationTargets.$inferInsert, "id" | "createdAt" | "updatedAt" | "platform">;

const PLATFORM = "teams";

const targetQuery = prepared((db: Db) =>
  db
    .select()
    .from(conversationTargets)
    .where(
      and(
        eq(conversationTargets.platform, PLATFORM),
        eq(conversationTargets.kind, sql.placeholder("kind")),
        eq(conversationTargets.ref, sql.placeholder("ref")),
      ),
    )
    .prepare(),
);

/** Read on every activity (rememberActivity), so built once. */
export function findTarget(db: Db, kind: "channel" | "person", ref: string): TargetRow | undefined {
  return targetQuery(db).get({ kind, ref });
}

function upsert(db: Db, values: TargetValues, now: number, reenable: boolean): void {
  const existing = findTarget(db, values.kind, values.ref);
  const wanted = { ...values, ...(reenable ? { disabledAt: null, disabledReason: null } : {}) };
  if (existing) {
    const changed = Object.entries(wanted).some(([key, value]) => value !== undefined && existing[key as keyof TargetRow] !== value);
    if (!changed) return;
    db.update(conversationTargets)
      .set({ ...wanted, updatedAt: now })
      .where(eq(conversationTargets.id, existing.id))
      .run();
  } else {
    db.insert(conversationTargets)
      .values({ ...wanted, platform: PLATFORM, createdAt: now, updatedAt: now })
      .run();
  }
}

/** Records the conversation and the sender of an authenticated activity. */
export function rememberActivity(db: Db, activity: Activity, now: number): void {
  const serviceUrl = activity.serviceUrl;
  const conversation = activity.conversation;
  if (!serviceUrl || !conversation?.id) return;
  const data = channelDataOf(activity);
  const tenantId = data.tenant?.id ?? conversation.tenantId ?? undefined;
  const conversationType = conversation.conversationType ?? (data.channel?.id ? "channel" : "personal");
  const removed = activity.type === "installationUpdate" && String(activity.action ?? "").startsWith("remove");
  const botId = activity.recipient?.id;
  const ref = channelRefOf(activity)!;
  upsert(
    db,
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
    !removed,
  );
  const from = activity.from;
  const personal = conversationType === "personal";
  if (!from?.aadObjectId || removed || (activity.type !== "message" && !personal)) return;
  upsert(
    db,
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
    personal,
  );
}

/** Records the 1:1 chat created for a person (the row may be one borrowed from another target). */
export function rememberPersonalChat(db: Db, person: TargetRow, conversationId: string, now: number): void {
  const { id: _id, createdAt: _created, updatedAt: _updated, platform: _platform, ...values } = person;
  upsert(db, { ...values, kind: "person", conversationId, conversationType: "personal" }, now, false);
}

/**
 * A way to reach a person we have not seen yet: the service URL, tenant and bot of the newest enabled target,
 * with their AAD object id as the member (Teams accepts it when the app is installed for them).
 */
export function borrowedPersonTarget(db: Db, aadId: string): TargetRow | undefined {
  const donor = db
    .select()
    .from(conversationTargets)
    .where(and(eq(conversationTargets.platform, PLATFORM), isNull(conversationTargets.disabledAt)))
    .orderBy(desc(conversationTargets.updatedAt))
    .get();
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

export function disableTarget(db: Db, kind: "channel" | "person", ref: string, reason: string, now: number): void {
  db.update(conversationTargets)
    .set({ disabledAt: now, disabledReason: reason, updatedAt: now })
    .where(and(eq(conversationTargets.platform, PLATFORM), eq(conversationTargets.kind, kind), eq(conversationTargets.ref, ref)))
    .run();
}
