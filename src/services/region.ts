/** Read access to the region, its parties, people and forums; small queries used by every command family. */
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { channelBindings, forumMembers, forums, parties, people, regions } from "../../db/schema/index.js";
import { UserError } from "../errors.js";

export type RegionRow = typeof regions.$inferSelect;
export type PartyRow = typeof parties.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type ForumRow = typeof forums.$inferSelect;
export type ForumMemberRow = typeof forumMembers.$inferSelect;

/** The database holds one region (the one its agreement file set up). */
export function findRegion(db: DbOrTx): RegionRow | undefined {
  return db.select().from(regions).limit(1).get();
}

export function listForums(db: DbOrTx, regionId: string): ForumRow[] {
  return db.select().from(forums).where(eq(forums.regionId, regionId)).orderBy(asc(forums.position)).all();
}

export function findForum(db: DbOrTx, regionId: string, code: string): ForumRow | undefined {
  return db
    .select()
    .from(forums)
    .where(and(eq(forums.regionId, regionId), eq(forums.code, code.toUpperCase())))
    .get();
}

/** The forum named by `code`, or a UserError the person understands. */
export function requireForum(db: DbOrTx, regionId: string, code: string): ForumRow {
  const forum = findForum(db, regionId, code);
  if (!forum) throw new UserError("error.unknownForum", { code });
  return forum;
}

export function forumById(db: DbOrTx, id: number): ForumRow | undefined {
  return db.select().from(forums).where(eq(forums.id, id)).get();
}

export function listMembers(db: DbOrTx, forumId: number): (ForumMemberRow & { person: PersonRow })[] {
  return db
    .select({ member: forumMembers, person: people })
    .from(forumMembers)
    .innerJoin(people, eq(people.id, forumMembers.personId))
    .where(eq(forumMembers.forumId, forumId))
    .orderBy(asc(forumMembers.position))
    .all()
    .map((r) => ({ ...r.member, person: r.person }));
}

export function forumsOfPerson(db: DbOrTx, personId: string): (ForumRow & { role: string })[] {
  return db
    .select({ forum: forums, role: forumMembers.role })
    .from(forumMembers)
    .innerJoin(forums, eq(forums.id, forumMembers.forumId))
    .where(eq(forumMembers.personId, personId))
    .orderBy(asc(forums.position))
    .all()
    .map((r) => ({ ...r.forum, role: r.role }));
}

/**
 * The forums a person takes part in, in any role: member, convener or secretary (a secretary who is not listed as
 * a member still runs the forum and wants it in "my calendar" and "my feed").
 */
export function forumsOfParticipant(db: DbOrTx, regionId: string, personId: string): ForumRow[] {
  const memberOf = db
    .select({ id: forumMembers.forumId })
    .from(forumMembers)
    .where(eq(forumMembers.personId, personId));
  return db
    .select()
    .from(forums)
    .where(
      and(
        eq(forums.regionId, regionId),
        or(inArray(forums.id, memberOf), eq(forums.convenerId, personId), eq(forums.secretaryId, personId)),
      ),
    )
    .orderBy(asc(forums.position))
    .all();
}

export function listParties(db: DbOrTx, regionId: string): PartyRow[] {
  return db.select().from(parties).where(eq(parties.regionId, regionId)).orderBy(asc(parties.position)).all();
}

export function findParty(db: DbOrTx, id: string): PartyRow | undefined {
  return db.select().from(parties).where(eq(parties.id, id)).get();
}

export function findPerson(db: DbOrTx, id: string): PersonRow | undefined {
  return db.select().from(people).where(eq(people.id, id)).get();
}

export function listPeople(db: DbOrTx, regionId: string): PersonRow[] {
  return db.select().from(people).where(eq(people.regionId, regionId)).orderBy(asc(people.position)).all();
}

/** The forum bound to a chat channel, if any (a command there defaults to that forum). */
export function forumOfChannel(db: DbOrTx, platform: string, channelRef: string): ForumRow | undefined {
  const row = db
    .select({ forum: forums })
    .from(channelBindings)
    .innerJoin(forums, eq(forums.id, channelBindings.forumId))
    .where(and(eq(channelBindings.platform, platform), eq(channelBindings.channelRef, channelRef)))
    .get();
  return row?.forum;
}

export function listChannelBindings(db: DbOrTx, forumId: number): (typeof channelBindings.$inferSelect)[] {
  return db.select().from(channelBindings).where(eq(channelBindings.forumId, forumId)).all();
}
