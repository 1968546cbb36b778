/** Read access to forums and their members. */
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { keptWhileUnchanged } from "../../db/reference-cache.js";
import { forumMembers, forums, people } from "../../db/schema/index.js";
import { UserError } from "../errors.js";
import type { PersonRow } from "./people.js";
import { readableForums, requireReadable, type Who } from "./access.js";

export type ForumRow = typeof forums.$inferSelect;
export type ForumMemberRow = typeof forumMembers.$inferSelect;

const forumsQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(forums)
    .where(eq(forums.regionId, sql.placeholder("regionId")))
    .orderBy(asc(forums.position))
    .prepare(),
);
export const listForums: (db: DbOrTx, regionId: string) => readonly ForumRow[] = keptWhileUnchanged(
  "forums",
  (db, regionId: string) => forumsQuery(db).all({ regionId }),
  (regionId) => regionId,
);

const forumByCodeQuery = prepared((db: DbOrTx) =>
  db
    .select()
    .from(forums)
    .where(and(eq(forums.regionId, sql.placeholder("regionId")), eq(forums.code, sql.placeholder("code"))))
    .prepare(),
);
const forumByCode = keptWhileUnchanged(
  "forum by code",
  (db, regionId: string, code: string) => forumByCodeQuery(db).get({ regionId, code }),
  (regionId, code) => `${regionId}\n${code}`,
);
export function findForum(db: DbOrTx, regionId: string, code: string): ForumRow | undefined {
  return forumByCode(db, regionId, code.toUpperCase());
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
export const forumById: (db: DbOrTx, id: number) => ForumRow | undefined = keptWhileUnchanged(
  "forum",
  (db, id: number) => forumByIdQuery(db).get({ id }),
  String,
);

const membersQuery = prepared((db: DbOrTx) =>
  db
    .select({ member: forumMembers, person: people })
    .from(forumMembers)
    .innerJoin(people, eq(people.id, forumMembers.personId))
    .where(eq(forumMembers.forumId, sql.placeholder("forumId")))
    .orderBy(asc(forumMembers.position))
    .prepare(),
);
export const listMembers: (db: DbOrTx, forumId: number) => readonly (ForumMemberRow & { person: PersonRow })[] = keptWhileUnchanged(
  "members",
  (db, forumId: number) =>
    membersQuery(db)
      .all({ forumId })
      .map((r) => ({ ...r.member, person: r.person })),
  String,
);

const forumsOfPersonQuery = prepared((db: DbOrTx) =>
  db
    .select({ forum: forums, role: forumMembers.role })
    .from(forumMembers)
    .innerJoin(forums, eq(forums.id, forumMembers.forumId))
    .where(eq(forumMembers.personId, sql.placeholder("personId")))
    .orderBy(asc(forums.position))
    .prepare(),
);
/** The forums a person is a member of, with their role; kept while the reference data is unchanged. */
export const forumsOfPerson: (db: DbOrTx, personId: string) => readonly (ForumRow & { role: string })[] = keptWhileUnchanged(
  "forums of person",
  (db, personId: string) =>
    forumsOfPersonQuery(db)
      .all({ personId })
      .map((r) => ({ ...r.forum, role: r.role })),
  (personId) => personId,
);

/**
 * The forums a person takes part in, in any role: member, convener or secretary (a secretary who is not listed as
 * a member still runs the forum and wants it in "my calendar" and "my feed").
 */
const forumsOfParticipantQuery = prepared((db: DbOrTx) => {
  const personId = sql.placeholder("personId");
  const memberOf = db.select({ id: forumMembers.forumId }).from(forumMembers).where(eq(forumMembers.personId, personId));
  return db
    .select()
    .from(forums)
    .where(
      and(
        eq(forums.regionId, sql.placeholder("regionId")),
        or(inArray(forums.id, memberOf), eq(forums.convenerId, personId), eq(forums.secretaryId, personId)),
      ),
    )
    .orderBy(asc(forums.position))
    .prepare();
});
export const forumsOfParticipant: (db: DbOrTx, regionId: string, personId: string) => readonly ForumRow[] = keptWhileUnchanged(
  "forums of participant",
  (db, regionId: string, personId: string) => forumsOfParticipantQuery(db).all({ regionId, personId }),
  (regionId, personId) => `${regionId}\n${personId}`,
);

/** The `forums` use case: the region's forums the person may read (private ones only for their members), in order. */
export function visibleForums(who: Who, regionId: string): ForumRow[] {
  return readableForums(who, listForums(who.db, regionId));
}

/** The `forum` use case: one forum of the region by code, refused naming it when it is private to the person. */
export function requireReadableForum(who: Who, regionId: string, code: string): ForumRow {
  const forum = requireForum(who.db, regionId, code);
  requireReadable(who, forum);
  return forum;
}
