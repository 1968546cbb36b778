/**
 * A search's list lines are kept beside the index (migration 0016, issue 18) and must show what the record says now:
 * after the title, the meeting's start or zone, the forum's code, a goal's code or order, or the decision's goals
 * change, the next search shows the change, with words, without, and by numbering year.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { decisionGoals, decisions, forums, goals, meetings } from "../../db/schema/index.js";
import { decisionLines } from "../../src/services/decisions/present.js";
import { searchDecisions } from "../../src/services/decisions/search.js";
import type { MeetingRow } from "../../src/services/meetings.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { buildGoals } from "../support/goal-builders.js";

const NOW = Date.parse("2027-04-21T12:00:00Z");
let db: Db;
let w: ReturnType<typeof buildWorld>;
let g: ReturnType<typeof buildGoals>;
let meeting: MeetingRow;
let decisionId: number;

beforeEach(() => {
  db = openTestDb();
  w = buildWorld(db);
  g = buildGoals(db);
  meeting = buildMeeting(db, w.forum, "2027-04-21T13:00");
  decisionId = db
    .insert(decisions)
    .values({
      forumId: w.forum.id,
      meetingId: meeting.id,
      section: 7,
      sectionYear: 2027,
      title: "Hyvinvointikertomus hyväksyttiin",
      decisionText: "Hyväksyttiin.",
      createdBy: "sihteeri",
      createdAt: NOW,
      updatedAt: NOW,
    })
    .returning()
    .get().id;
  db.insert(decisionGoals).values({ decisionId, goalId: g.t5.id }).run();
  db.insert(decisionGoals).values({ decisionId, goalId: g.t3.id }).run();
});

/** The decision's line as each way of searching shows it. */
function lines(): string[] {
  const query = { regionId: w.region.id, forumIds: [w.forum.id, w.privateForum.id] };
  return [
    searchDecisions(db, { ...query, words: "kertomus" }),
    searchDecisions(db, query),
    searchDecisions(db, { ...query, year: 2027 }),
    searchDecisions(db, { ...query, goalId: g.t3.id }),
  ].flatMap((found) => decisionLines(found.rows, "fi"));
}

const expectLine = (line: string) => expect(lines()).toEqual([line, line, line, line]);

describe("a search's list lines follow the record", () => {
  it("shows the forum, the meeting's day, the §, the title and the goals in their order", () => {
    expectLine("**JOHTO 21.4.2027 § 7** Hyvinvointikertomus hyväksyttiin (#T3 #T5)");
  });

  it("follows an edited title, a moved meeting and a meeting's zone", () => {
    db.update(decisions).set({ title: "Hyvinvointikertomus palautettiin" }).where(eq(decisions.id, decisionId)).run();
    expectLine("**JOHTO 21.4.2027 § 7** Hyvinvointikertomus palautettiin (#T3 #T5)");
    // 23.30 in Helsinki on the 22nd: the next day in UTC's reckoning would be wrong, the same day in Helsinki's.
    db.update(meetings)
      .set({ startsAt: Date.parse("2027-04-22T20:30:00Z") })
      .where(eq(meetings.id, meeting.id))
      .run();
    expectLine("**JOHTO 22.4.2027 § 7** Hyvinvointikertomus palautettiin (#T3 #T5)");
    db.update(meetings).set({ zone: "America/New_York" }).where(eq(meetings.id, meeting.id)).run();
    expectLine("**JOHTO 22.4.2027 § 7** Hyvinvointikertomus palautettiin (#T3 #T5)");
    db.update(meetings).set({ zone: "Asia/Tokyo" }).where(eq(meetings.id, meeting.id)).run();
    expectLine("**JOHTO 23.4.2027 § 7** Hyvinvointikertomus palautettiin (#T3 #T5)");
  });

  it("follows a forum's new code, a goal's new code and order, and the decision's goals", () => {
    db.update(forums).set({ code: "JOHTORYHMA" }).where(eq(forums.id, w.forum.id)).run();
    expectLine("**JOHTORYHMA 21.4.2027 § 7** Hyvinvointikertomus hyväksyttiin (#T3 #T5)");
    db.update(goals).set({ code: "T3A" }).where(eq(goals.id, g.t3.id)).run();
    expectLine("**JOHTORYHMA 21.4.2027 § 7** Hyvinvointikertomus hyväksyttiin (#T3A #T5)");
    db.update(goals).set({ position: 5 }).where(eq(goals.id, g.t3.id)).run();
    expectLine("**JOHTORYHMA 21.4.2027 § 7** Hyvinvointikertomus hyväksyttiin (#T5 #T3A)");
    db.delete(decisionGoals).where(eq(decisionGoals.goalId, g.t5.id)).run();
    expectLine("**JOHTORYHMA 21.4.2027 § 7** Hyvinvointikertomus hyväksyttiin (#T3A)");
  });
});
