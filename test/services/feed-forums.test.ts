/** Which forums a party's feed shows: memberships of the owner's region only, the membership's party first. */
import { describe, expect, it } from "vitest";
import { forumMembers } from "../../db/schema/index.js";
import { forumIdsOfParty } from "../../src/services/feeds/feed-forums.js";
import { buildForum, buildPerson, buildRegion, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";

describe("forumIdsOfParty", () => {
  it("reads only the region's forums, and a membership's own party over the person's", () => {
    const db = openTestDb();
    const w = buildWorld(db);
    buildRegion(db, { id: "muu", names: { fi: "Muu alue" } });
    const stranger = buildPerson(db, { id: "muu-henkilo", regionId: "muu" });
    const elsewhere = buildForum(db, { code: "MUU", regionId: "muu" });
    db.insert(forumMembers).values({ forumId: elsewhere.id, personId: stranger.id, partyId: w.town.id, role: "member", position: 0 }).run();
    // The town's member sits in SALA on behalf of the village.
    db.insert(forumMembers).values({ forumId: w.privateForum.id, personId: w.outsider.id, partyId: w.village.id, role: "member", position: 5 }).run();
    const third = buildForum(db, { code: "KOLMAS" });
    db.insert(forumMembers).values({ forumId: third.id, personId: w.outsider.id, partyId: w.village.id, role: "member", position: 0 }).run();

    expect([...forumIdsOfParty(db, "test", w.town.id)].sort()).toEqual([w.forum.id, w.privateForum.id].sort());
    expect(forumIdsOfParty(db, "muu", w.town.id)).toEqual(new Set([elsewhere.id]));
    expect(forumIdsOfParty(db, "test", w.village.id)).toEqual(new Set([w.forum.id, w.privateForum.id, third.id]));
    expect(forumIdsOfParty(db, "test", w.county.id)).toEqual(new Set([w.forum.id, w.privateForum.id]));
    expect(forumIdsOfParty(db, "test", "nobody")).toEqual(new Set());
  });
});
