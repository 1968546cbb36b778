/**
 * Whom a per-reader reply's buttons are for (src/conversation/reply.ts PerReader): the people who hold a capability
 * in a forum, most specific role first (secretary, convener, region admins, members), and their chat accounts.
 */
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { people, personIdentities } from "../../db/schema/index.js";
import type { Platform } from "../conversation/input.js";
import type { ChatAccount, PerReader } from "../conversation/reply.js";
import { rolesFor, type Capability } from "../domain/permissions.js";
import { listMembers, type ForumRow } from "./forums.js";
import { votingMemberIds } from "./record/responses.js";

/** The ids of the people who may do `capability` in the forum, secretary and convener first. */
export function holdersOf(db: DbOrTx, capability: Capability, forum: ForumRow): string[] {
  const roles = new Set(rolesFor(capability));
  const ids: (string | null)[] = [];
  if (roles.has("secretary")) ids.push(forum.secretaryId);
  if (roles.has("convener")) ids.push(forum.convenerId);
  if (roles.has("admin")) {
    const inRegion = db.select({ id: people.id, roles: people.roles }).from(people).where(eq(people.regionId, forum.regionId)).all();
    ids.push(...inRegion.filter((p) => p.roles.includes("admin")).map((p) => p.id));
  }
  if (roles.has("member")) ids.push(...listMembers(db, forum.id).map((m) => m.personId));
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** The chat accounts of the people, in their order (a person may have one on each platform). */
export function chatAccountsOf(db: DbOrTx, personIds: readonly string[]): ChatAccount[] {
  if (!personIds.length) return [];
  const rows = db
    .select({ personId: personIdentities.personId, platform: personIdentities.platform, ref: personIdentities.externalId })
    .from(personIdentities)
    .where(inArray(personIdentities.personId, [...personIds]))
    .all();
  const order = new Map(personIds.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.personId)! - order.get(b.personId)!).map((row) => ({ platform: row.platform as Platform, ref: row.ref }));
}

/** A per-reader view: `command` shows the reply as its reader should see it; its buttons are for `personIds`. */
export function perReader(db: DbOrTx, command: string, personIds: readonly string[]): PerReader {
  return { command, viewers: chatAccountsOf(db, [...new Set(personIds)]) };
}

/** `agenda <MEETING>` read by many: those who shape the agenda get its accept, reject and publish buttons. */
export function agendaReaders(db: DbOrTx, meetingId: string, forum: ForumRow): PerReader {
  return perReader(db, `agenda ${meetingId}`, holdersOf(db, "shape_agenda", forum));
}

/** `meeting <MEETING>` (also its invitation) read by many: the voting members answer, those who manage it may cancel. */
export function meetingReaders(db: DbOrTx, meetingId: string, forum: ForumRow): PerReader {
  return perReader(db, `meeting ${meetingId}`, [...holdersOf(db, "manage_meetings", forum), ...votingMemberIds(db, forum)]);
}
