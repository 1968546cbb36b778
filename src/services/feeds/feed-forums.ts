/**
 * Which forums a feed shows. The owner's permissions are checked on every fetch, not only when subscribing: a
 * private forum's meetings appear only while the owner may read that forum (member, convener, secretary, admin).
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { forumMembers, people } from "../../../db/schema/index.js";
import { canRead } from "../access.js";
import { forumById, forumsOfPerson, listForums, type ForumRow, type PersonRow } from "../region.js";
import { translator } from "../../i18n/catalog.js";
import type { FeedTokenRow } from "./tokens.js";

function readableBy(db: DbOrTx, owner: PersonRow): (forum: ForumRow) => boolean {
  const who = { db, person: owner, isAdmin: owner.roles.includes("admin"), t: translator("fi") };
  return (forum) => canRead(who, forum);
}

/** Forums a party takes part in: it convenes them, or one of their members represents it. */
function forumIdsOfParty(db: DbOrTx, partyId: string): Set<number> {
  const rows = db
    .select({ forumId: forumMembers.forumId, memberParty: forumMembers.partyId, personParty: people.partyId })
    .from(forumMembers)
    .innerJoin(people, eq(people.id, forumMembers.personId))
    .all();
  return new Set(rows.filter((r) => (r.memberParty ?? r.personParty) === partyId).map((r) => r.forumId));
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
      const ids = forumIdsOfParty(db, token.partyId);
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
