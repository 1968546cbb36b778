/** Date rules of the follow-up use the local (Helsinki) date, on both sides of a DST change. */
import { describe, expect, it } from "vitest";
import { overviewOf } from "../../src/services/goals/overview.js";
import { currentMeetingOf } from "../../src/services/decisions/current-meeting.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { buildAgreement, buildGoal, buildMeasure } from "../support/goal-builders.js";

const ZONE = "Europe/Helsinki";

describe("local dates around DST", () => {
  it("a measure is overdue from the local day after its due date, in winter and summer time", () => {
    const db = openTestDb();
    buildWorld(db);
    const goal = buildGoal(db, buildAgreement(db).id, { code: "T1" });
    buildMeasure(db, goal.id, { code: "T1.1", dueOn: "2027-03-27" });
    buildMeasure(db, goal.id, { code: "T1.2", dueOn: "2027-10-30" });
    const statuses = (utc: string) => overviewOf(db, goal, Date.parse(utc), ZONE).measures.map((m) => m.status);
    // 27.3.2027 23:30 EET (before the spring change): still the due day.
    expect(statuses("2027-03-27T21:30:00Z")).toEqual(["open", "open"]);
    // 28.3.2027 00:30 EET: the UTC date is still the 27th, the local date is the 28th.
    expect(statuses("2027-03-27T22:30:00Z")).toEqual(["overdue", "open"]);
    // 30.10.2027 23:30 EEST (the night the clocks go back): still the due day.
    expect(statuses("2027-10-30T20:30:00Z")).toEqual(["overdue", "open"]);
    // 31.10.2027 00:30 EEST.
    expect(statuses("2027-10-30T21:30:00Z")).toEqual(["overdue", "overdue"]);
  });

  it("today's meeting for a decision typed in a channel is found by the local date", () => {
    const db = openTestDb();
    const w = buildWorld(db);
    buildMeeting(db, w.forum, "2027-03-20T13:00");
    const late = buildMeeting(db, w.forum, "2027-03-28T00:30");
    // At 23:59 local on the 27th the meeting of 28.3 00:30 has not started its day yet.
    expect(currentMeetingOf(db, w.forum.id, Date.parse("2027-03-27T21:59:00Z"), ZONE)?.id).toBe("JOHTO-2027-1");
    // At 00:10 local on the 28th (22:10 UTC on the 27th) it is today's meeting.
    expect(currentMeetingOf(db, w.forum.id, Date.parse("2027-03-27T22:10:00Z"), ZONE)?.id).toBe(late.id);
  });
});
