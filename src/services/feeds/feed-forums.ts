/**
 * Which forums a feed shows. The owner's permissions are checked on every fetch, not only when subscribing: a
 * private forum's meetings appear only while the owner may read that forum (member, convener, secretary, admin).
 */
import { and, eq, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { forumMembers, forums, people } from "../../../db/schema/index.js";
import { canRead } from "../access.js";
import { forumById, forumsOfPerson, listForums, type ForumRow } from "../forums.js";
import type { PersonRow } from "../people.js";
import { translator } from "../../i18n/catalog.js";
import type { FeedTokenRow } from "./tokens.js";

function readableBy(db: DbOrTx, owner: PersonRow): (forum: ForumRow) => boolean {
  const who = { db, person: owner, isAdmin: owner.roles.includes("admin"), t: translator("fi"), locale: "fi" as const };
  return (forum) => canRead(who, forum);
}

/**
 * Forums of one region in which a member represents the party (the membership's own party, else the person's).
 * Exported for tests.
 */
export function forumIdsOfParty(db: DbOrTx, regionId: string, partyId: string): Set<number> {
  const rows = db
    .selectDistinct({ forumId: forumMembers.forumId })
    .from(forumMembers)
    .innerJoin(forums, eq(forums.id, forumMembers.forumId))
    .innerJoin(people, eq(people.id, forumMembers.personId))
    .where(and(eq(forums.regionId, regionId), or(eq(forumMembers.partyId, partyId), and(isNull(forumMembers.partyId), eq(people.partyId, partyId)))))
    .all();
  return new Set(rows.map((r) => r.forumId));
}

function forumsInScope(db: DbOrTx, token: FeedTokenRow, owner: PersonRow): ForumRow[] {
  switch (token.scope) {
    case "region":
      // The region's public calendar: public forums only, whoever holds the link.
      return listForums(db, owner.regionId).filter((f) => f.isPublic);
    case "forum": {
      const forum = token.forumId === null ? undefined : forumById(db, token.forumId);
      return forum ? [forum] : [];
    }
    case "party": {
      if (!token.partyId) return [];
      const ids = forumIdsOfParty(db, owner.regionId, token.partyId);
      return listForums(db, owner.regionId).filter((f) => f.conveningPartyId === token.partyId || ids.has(f.id));
    }
    case "person": {
      const ids = new Set(forumsOfPerson(db, owner.id).map((f) => f.id));
      return listForums(db, owner.regionId).filter((f) => ids.has(f.id) || f.convenerId === owner.id || f.secretaryId === owner.id);
    }
  }
}

export function feedForums(db: DbOrTx, token: FeedTokenRow, owner: PersonRow): ForumRow[] {
  const readable = readableBy(db, owner);
  return forumsInScope(db, token, owner).filter(readable);
}
