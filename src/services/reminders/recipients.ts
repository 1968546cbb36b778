/**
 * Who a forum's reminders are planned for: its enabled bound channels and each member by direct message. Whether a
 * member's copy is really needed (mute, channel preference, already proposed) is decided at send time.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { channelBindings, forumMembers } from "../../../db/schema/index.js";

export interface Recipient {
  targetKind: "channel" | "person";
  /** The channel's platform; null for a person (the platform is chosen at send time). */
  targetPlatform: string | null;
  /** Channel ref, or person id. */
  targetRef: string;
  personId: string | null;
}

export function channelRecipients(db: DbOrTx, forumId: number): Recipient[] {
  return db
    .select({ platform: channelBindings.platform, ref: channelBindings.channelRef })
    .from(channelBindings)
    .where(and(eq(channelBindings.forumId, forumId), isNull(channelBindings.disabledAt)))
    .all()
    .map((b) => ({ targetKind: "channel", targetPlatform: b.platform, targetRef: b.ref, personId: null }));
}

export function personRecipient(personId: string): Recipient {
  return { targetKind: "person", targetPlatform: null, targetRef: personId, personId };
}

export function memberRecipients(db: DbOrTx, forumId: number): Recipient[] {
  return db
    .select({ personId: forumMembers.personId })
    .from(forumMembers)
    .where(eq(forumMembers.forumId, forumId))
    .all()
    .map((m) => personRecipient(m.personId));
}

/** The target part of an outbox key: `c:slack:C123` or `p:jasen`. */
export function recipientKey(r: Recipient): string {
  return r.targetKind === "channel" ? `c:${r.targetPlatform}:${r.targetRef}` : `p:${r.targetRef}`;
}
