/**
 * Decision search keeps to the forums the person may read and to their region, whichever way it reads the index
 * (issue 18): every forum of the region (no forum check), most of them (each match's forum checked), or a few (the
 * forums' own posting lists). A decision of a forum the person may not read, or of another region, is neither
 * counted nor listed.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { decisionGoals, decisions } from "../../db/schema/index.js";
import { readableDecisions } from "../../src/services/decisions/search.js";
import type { MeetingRow } from "../../src/services/meetings.js";
import { buildForum, buildMeeting, buildRegion, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { buildGoals } from "../support/goal-builders.js";
import { useCaseOf } from "../support/use-case.js";

const NOW = Date.parse("2027-04-21T12:00:00Z");
let db: Db;
let w: ReturnType<typeof buildWorld>;
let ank: ReturnType<typeof buildForum>;
let goals: ReturnType<typeof buildGoals>;

function decide(meeting: MeetingRow, section: number, title: string, text: string, goalId?: number) {
  const { id } = db
    .insert(decisions)
    .values({
      forumId: meeting.forumId,
      meetingId: meeting.id,
      section,
      sectionYear: 2027,
      title,
      decisionText: text,
      createdBy: "sihteeri",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning()
    .get();
  if (goalId !== undefined) db.insert(decisionGoals).values({ decisionId: id, goalId }).run();
}

beforeEach(() => {
  db = openTestDb();
  w = buildWorld(db);
  goals = buildGoals(db);
  // A third forum, public: svensk (a member of JOHTO only) may read two of the region's three forums.
  ank = buildForum(db, { code: "ANK", kind: "bilateral", cadence: "as_needed" });
  const johto = buildMeeting(db, w.forum, "2027-04-21T13:00");
  const sala = buildMeeting(db, w.privateForum, "2027-04-20T13:00");
  const ankMeeting = buildMeeting(db, ank, "2027-04-19T13:00");
  decide(johto, 1, "Hankeraportti kevät", "Merkittiin tiedoksi.");
  decide(johto, 2, "Talousarvio", "Hankeraportti xq, talousarvio hyväksyttiin.", goals.t3.id);
  decide(sala, 1, "Hankeraportti sala 1", "Sovittiin.");
  decide(sala, 2, "Hankeraportti sala 2", "Sovittiin, xq.");
  decide(sala, 3, "Neuvottelut", "Hankeraportti käsiteltiin.", goals.t3.id);
  decide(ankMeeting, 1, "Hankeraportti ANK", "Lausunto, xq.");
  // Another region with the same words: never found from this one.
  buildRegion(db, { id: "muu", names: { fi: "Muu alue" } });
  const other = buildForum(db, { code: "MUU", regionId: "muu" });
  const otherMeeting = buildMeeting(db, other, "2027-04-22T13:00");
  for (let i = 1; i <= 4; i++) decide(otherMeeting, i, `Hankeraportti muu ${i}`, "Merkittiin tiedoksi, xq.");
});

const search = (person: string, words: string, options: { forum?: ReturnType<typeof buildForum>; goalId?: number; offset?: number; limit?: number } = {}) => {
  const found = readableDecisions(
    useCaseOf(db, person, NOW),
    w.region.id,
    { words, forum: options.forum, goalId: options.goalId },
    { limit: options.limit ?? 20, offset: options.offset ?? 0 },
  );
  return { total: found.total, atLeast: found.atLeast, titles: found.rows.map((r) => r.title) };
};

describe("decision search keeps to the readable forums of the region", () => {
  it("every forum of the region: all of them, and nothing of another region", () => {
    const all = search("admin", "hankeraportti");
    expect(all.total).toBe(6);
    expect(all.titles).toEqual([
      // Every word in the title first, newest first; then the rest.
      "Hankeraportti kevät",
      "Hankeraportti sala 2",
      "Hankeraportti sala 1",
      "Hankeraportti ANK",
      "Talousarvio",
      "Neuvottelut",
    ]);
    expect(search("admin", "muu").total).toBe(0);
  });

  it("most forums: a private forum's decisions are neither counted nor listed, on any page", () => {
    const found = search("svensk", "hankeraportti");
    expect(found.total).toBe(3);
    expect(found.titles).toEqual(["Hankeraportti kevät", "Hankeraportti ANK", "Talousarvio"]);
    expect(search("svensk", "hankeraportti", { limit: 2 }).titles).toEqual(["Hankeraportti kevät", "Hankeraportti ANK"]);
    expect(search("svensk", "hankeraportti", { limit: 2, offset: 2 })).toEqual({ total: 3, atLeast: false, titles: ["Talousarvio"] });
    // A word of two letters is matched on the text, with the forums checked too.
    expect(search("svensk", "hankeraportti xq")).toEqual({ total: 2, atLeast: false, titles: ["Hankeraportti ANK", "Talousarvio"] });
    expect(search("svensk", "sovittiin").total).toBe(0);
    // A goal, with words and without.
    expect(search("svensk", "", { goalId: goals.t3.id })).toEqual({ total: 1, atLeast: false, titles: ["Talousarvio"] });
    expect(search("svensk", "hankeraportti", { goalId: goals.t3.id }).titles).toEqual(["Talousarvio"]);
    expect(search("jasen", "", { goalId: goals.t3.id }).titles).toEqual(["Talousarvio", "Neuvottelut"]);
    // A member of the private forum finds its decisions too.
    expect(search("jasen", "hankeraportti").total).toBe(6);
    // Without words, the newest of the readable forums.
    expect(search("svensk", "").titles).toEqual(["Talousarvio", "Hankeraportti kevät", "Hankeraportti ANK"]);
  });

  it("one forum of several: only that forum's decisions", () => {
    expect(search("svensk", "hankeraportti", { forum: ank })).toEqual({ total: 1, atLeast: false, titles: ["Hankeraportti ANK"] });
    expect(search("jasen", "hankeraportti", { forum: w.privateForum }).titles).toEqual(["Hankeraportti sala 2", "Hankeraportti sala 1", "Neuvottelut"]);
    expect(search("jasen", "", { forum: w.forum }).titles).toEqual(["Talousarvio", "Hankeraportti kevät"]);
    // A forum the person may not read finds nothing.
    expect(search("svensk", "hankeraportti", { forum: w.privateForum }).total).toBe(0);
  });
});
