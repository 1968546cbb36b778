/** Read access to the region, its parties, people and forums; small queries used by every command family. */
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { channelBindings, forumMembers, forums, parties, people, regions } from "../../db/schema/index.js";
import { UserError } from "../errors.js";

export type RegionRow = typeof regions.$inferSelect;
export type PartyRow = typeof parties.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type ForumRow = typeof forums.$inferSelect;
export type ForumMemberRow = typeof forumMembers.$inferSelect;

/** The database holds one region (the one its agreement file set up). */
// No LIMIT: drizzle binds it as a parameter, and SQLite then re-plans the statement on every run (3× the cost of
// the query); .get() takes the first row anyway.
const regionQuery = prepared((db: DbOrTx) => db.select().from(regions).prepare());
export function findRegion(db: DbOrTx): RegionRow | undefined {
  return regionQuery(db).get();
}

const forumsQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(forums)
    .where(eq(forums.regionId, sql.placeholder("regionId")))
    .orderBy(asc(forums.position))
    .prepare(),
);
export function listForums(db: DbOrTx, regionId: string): ForumRow[] {
  return forumsQuery(db).all({ regionId });
}

const forumByCodeQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(forums)
    .where(and(eq(forums.regionId, sql.placeholder("regionId")), eq(forums.code, sql.placeholder("code"))))
    .prepare(),
);
export function findForum(db: DbOrTx, regionId: string, code: string): ForumRow | undefined {
  return forumByCodeQuery(db).get({ regionId, code: code.toUpperCase() });
}

/** The forum named by `code`, or a UserError the person understands. */
export function requireForum(db: DbOrTx, regionId: string, code: string): ForumRow {
  const forum = findForum(db, regionId, code);
  if (!forum) throw new UserError("error.unknownForum", { code });
  return forum;
}

const forumByIdQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(forums)
    .where(eq(forums.id, sql.placeholder("id")))
    .prepare(),
);
export function forumById(db: DbOrTx, id: number): ForumRow | undefined {
  return forumByIdQuery(db).get({ id });
}

const membersQuery = prepared((db: DbOrTx) =>
  db
    .select({ member: forumMembers, person: people })
    .from(forumMembers)
    .innerJoin(people, eq(people.id, forumMembers.personId))
    .where(eq(forumMembers.forumId, sql.placeholder("forumId")))
    .orderBy(asc(forumMembers.position))
    .prepare(),
);
export function listMembers(db: DbOrTx, forumId: number): (ForumMemberRow & { person: PersonRow })[] {
  return membersQuery(db)
    .all({ forumId })
    .map((r) => ({ ...r.member, person: r.person }));
}

const forumsOfPersonQuery = prepared((db: DbOrTx) =>
  db
    .select({ forum: forums, role: forumMembers.role })
    .from(forumMembers)
    .innerJoin(forums, eq(forums.id, forumMembers.forumId))
    .where(eq(forumMembers.personId, sql.placeholder("personId")))
    .orderBy(asc(forums.position))
    .prepare(),
);
export function forumsOfPerson(db: DbOrTx, personId: string): (ForumRow & { role: string })[] {
  return forumsOfPersonQuery(db)
    .all({ personId })
    .map((r) => ({ ...r.forum, role: r.role }));
}

/**
 * The forums a person takes part in, in any role: member, convener or secretary (a secretary who is not listed as
 * a member still runs the forum and wants it in "my calendar" and "my feed").
 */
export function forumsOfParticipant(db: DbOrTx, regionId: string, personId: string): ForumRow[] {
  const memberOf = db.select({ id: forumMembers.forumId }).from(forumMembers).where(eq(forumMembers.personId, personId));
  return db
    .select()
    .from(forums)
    .where(and(eq(forums.regionId, regionId), or(inArray(forums.id, memberOf), eq(forums.convenerId, personId), eq(forums.secretaryId, personId))))
    .orderBy(asc(forums.position))
    .all();
}

const partiesQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(parties)
    .where(eq(parties.regionId, sql.placeholder("regionId")))
    .orderBy(asc(parties.position))
    .prepare(),
);
export function listParties(db: DbOrTx, regionId: string): PartyRow[] {
  return partiesQuery(db).all({ regionId });
}

const partyQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(parties)
    .where(eq(parties.id, sql.placeholder("id")))
    .prepare(),
);
export function findParty(db: DbOrTx, id: string): PartyRow | undefined {
  return partyQuery(db).get({ id });
}

const personQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(people)
    .where(eq(people.id, sql.placeholder("id")))
    .prepare(),
);
export function findPerson(db: DbOrTx, id: string): PersonRow | undefined {
  return personQuery(db).get({ id });
}

const peopleQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(people)
    .where(eq(people.regionId, sql.placeholder("regionId")))
    .orderBy(asc(people.position))
    .prepare(),
);
export function listPeople(db: DbOrTx, regionId: string): PersonRow[] {
  return peopleQuery(db).all({ regionId });
}

/** The forum bound to a chat channel, if any (a command there defaults to that forum). */
const forumOfChannelQuery = prepared((db: DbOrTx) =>
  db
    .select({ forum: forums })
    .from(channelBindings)
    .innerJoin(forums, eq(forums.id, channelBindings.forumId))
    .where(and(eq(channelBindings.platform, sql.placeholder("platform")), eq(channelBindings.channelRef, sql.placeholder("channelRef"))))
    .prepare(),
);
export function forumOfChannel(db: DbOrTx, platform: string, channelRef: string): ForumRow | undefined {
  return forumOfChannelQuery(db).get({ platform, channelRef })?.forum;
}

const bindingsQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(channelBindings)
    .where(eq(channelBindings.forumId, sql.placeholder("forumId")))
    .prepare(),
);
export function listChannelBindings(db: DbOrTx, forumId: number): (typeof channelBindings.$inferSelect)[] {
  return bindingsQuery(db).all({ forumId });
}
