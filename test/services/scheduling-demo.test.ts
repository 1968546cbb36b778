import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildForum, buildMeeting, buildWorld } from "../builders.js";
import { openTestDb } from "../support/db.js";
import { finnishHolidays, isWorkingDay } from "../../src/domain/holidays.js";
import { listMeetings } from "../../src/services/meetings.js";
import { seedDemoMeetings } from "../../src/services/demo-meetings.js";
import { SEEDERS } from "../../src/services/seeders.js";

describe("the living demo: the next twelve months of meetings", () => {
  it("is registered as a first-start seeder", () => {
    expect(SEEDERS).toContain(seedDemoMeetings);
  });

  it("schedules what each cadence calls for on working days, leaving periods with a meeting alone", () => {
    const db = openTestDb();
    const world = buildWorld(db); // JOHTO half-yearly, SALA as needed
    const hyte = buildForum(db, { code: "HYTE", kind: "hyte_negotiation", cadence: "yearly" });
    const anb = buildForum(db, { code: "ANK", kind: "advisory_board", cadence: "quarterly" });
    buildMeeting(db, world.forum, "2027-02-17T13:00");
    const now = Date.parse("2026-11-22T10:00:00Z");
    const created = seedDemoMeetings(db, now);
    const meetings = listMeetings(db, { from: now });
    const of = (forumId: number) => meetings.filter((m) => m.forumId === forumId).map((m) => DateTime.fromMillis(m.startsAt, { zone: "Europe/Helsinki" }));
    // JOHTO: 2H/2026, (1H/2027 already has one), 2H/2027 → two new meetings.
    expect(of(world.forum.id).map((d) => d.toISODate()!.slice(0, 7))).toHaveLength(3);
    expect(of(world.privateForum.id)).toHaveLength(0);
    // HYTE yearly: 2026 (December) and the autumn of 2027.
    expect(of(hyte.id).map((d) => d.year)).toEqual([2026, 2027]);
    expect(of(hyte.id)[1]!.month).toBeGreaterThanOrEqual(9);
    // Quarterly: Q4/2026 … Q4/2027 (five quarters touch the twelve months).
    expect(of(anb.id)).toHaveLength(5);
    expect(created).toBe(2 + 2 + 5);
    for (const m of meetings) {
      const d = DateTime.fromMillis(m.startsAt, { zone: "Europe/Helsinki" });
      expect(isWorkingDay(d.toISODate()!, finnishHolidays(d.year))).toBe(true);
      expect(d.toMillis()).toBeGreaterThan(now);
      expect(d.toMillis()).toBeLessThan(Date.parse("2027-11-23T00:00:00Z"));
    }
  });
});
