/**
 * Every kind of reminder lands at the right local instant (issue 8): the working day before at 09.00, an hour before,
 * the agenda call and deadline nudge, minutes due — across both DST changes and around Easter, Midsummer,
 * Independence Day and Christmas; quiet hours respected. Real SQLite, the real meeting listener, a manual clock.
 */
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { isFinnishDayOff } from "../../src/domain/reminder-days-off.js";
import { defaultPolicy, policyFor } from "../../src/domain/reminder-policy.js";
import { instantReminder, workingDaysBefore } from "../../src/domain/reminder-timing.js";
import { timingRules } from "../../src/domain/reminder-plan.js";
import { forums } from "../../db/schema/index.js";
import { eq } from "drizzle-orm";
import { local, localIso, setupReminders, ZONE } from "../scheduler/support/world.js";

describe("reminder times of a meeting", () => {
  it("spring DST and Easter: Tue 30.3.2027 13.00", () => {
    const w = setupReminders("2027-01-04T10:00");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    // Mon 29.3 is Easter Monday, Fri 26.3 Good Friday: the working day before is Thu 25.3 (still winter time).
    expect(w.dueTimes(m.id, "day_before")).toEqual(["2027-03-25 09:00"]);
    expect(w.rows().find((r) => r.kind === "day_before")!.dueAt).toBe(Date.parse("2027-03-25T07:00:00Z"));
    // One hour before, in summer time (UTC+3).
    expect(w.rows().find((r) => r.kind === "hour_before")!.dueAt).toBe(Date.parse("2027-03-30T09:00:00Z"));
    // Half-yearly forum: agenda call 21 days before.
    expect(w.dueTimes(m.id, "agenda_call")).toEqual(["2027-03-09 09:00"]);
    // Deadline 10 days before is Sat 20.3, which moves to Fri 19.3 16.00 (a working day); its nudge two working days
    // before that, Wed 17.3.
    expect(w.dueTimes(m.id, "agenda_deadline")).toEqual(["2027-03-17 09:00"]);
    expect(w.dueTimes(m.id, "minutes_due")).toEqual(["2027-04-02 09:00", "2027-04-06 09:00"]);
  });

  it("autumn DST: Mon 1.11.2027 09.00", () => {
    const w = setupReminders("2027-09-01T10:00");
    const m = w.schedule(w.forum, "2027-11-01T09:00");
    expect(w.rows().find((r) => r.kind === "day_before")!.dueAt).toBe(Date.parse("2027-10-29T06:00:00Z")); // Fri 09.00 EEST
    expect(w.rows().find((r) => r.kind === "hour_before")!.dueAt).toBe(Date.parse("2027-11-01T06:00:00Z")); // Mon 08.00 EET
    expect(w.dueTimes(m.id, "hour_before")).toEqual(["2027-11-01 08:00"]);
  });

  it("Midsummer: the day before a Monday after Midsummer is Thursday; a call on Midsummer Eve moves to Thursday", () => {
    const w = setupReminders("2027-05-03T10:00");
    const monday = w.schedule(w.forum, "2027-06-28T10:00");
    expect(w.dueTimes(monday.id, "day_before")).toEqual(["2027-06-24 09:00"]);
    const july = w.schedule(w.forum, "2027-07-16T10:00");
    expect(w.dueTimes(july.id, "agenda_call")).toEqual(["2027-06-24 09:00"]);
  });

  it("Independence Day and Christmas", () => {
    const w = setupReminders("2027-10-04T10:00");
    const afterIndependence = w.schedule(w.forum, "2027-12-07T13:00");
    expect(w.dueTimes(afterIndependence.id, "day_before")).toEqual(["2027-12-03 09:00"]);
    const afterChristmas = w.schedule(w.forum, "2027-12-27T13:00");
    expect(w.dueTimes(afterChristmas.id, "day_before")).toEqual(["2027-12-23 09:00"]);
    const beforeChristmas = w.schedule(w.forum, "2027-12-21T13:00");
    // +3 days is Christmas Eve, a day off: Thursday 23.12 instead.
    expect(w.dueTimes(beforeChristmas.id, "minutes_due")[0]).toBe("2027-12-23 09:00");
  });

  it("a yearly forum gets its call 21 days ahead, an as-needed one 10; the agreement file overrides", () => {
    expect(defaultPolicy({ kind: "hyte_negotiation", cadence: "yearly" }).agendaCallDays).toBe(21);
    expect(defaultPolicy({ kind: "bilateral", cadence: "as_needed" }).agendaCallDays).toBe(10);
    const policy = policyFor({ kind: "bilateral", cadence: "as_needed", reminders: { "agenda-call": 14, hour_before: false, quiet_hours: "21-06" } });
    expect(policy.agendaCallDays).toBe(14);
    expect(policy.off.has("hour_before")).toBe(true);
    expect([policy.quietStart, policy.quietEnd]).toEqual([21, 6]);
    const w = setupReminders("2027-01-04T10:00");
    w.db
      .update(forums)
      .set({ reminders: { agenda_call: 14, hour_before: false } })
      .where(eq(forums.id, w.privateForum.id))
      .run();
    const forum = w.db.select().from(forums).where(eq(forums.id, w.privateForum.id)).get()!;
    const m = w.schedule(forum, "2027-03-10T13:00");
    expect(w.dueTimes(m.id, "agenda_call")).toEqual(["2027-02-24 09:00"]);
    expect(w.dueTimes(m.id, "hour_before")).toEqual([]);
  });

  it("quiet hours: an early meeting's hour-before waits for 07.00; a late-night change waits for the morning", () => {
    const rules = timingRules(ZONE, defaultPolicy({ kind: "other", cadence: "monthly" }), isFinnishDayOff);
    const start = local("2027-05-12T07:30");
    expect(localIso(instantReminder(start - 3_600_000, start, rules))).toBe("2027-05-12 07:00");
    const seven = local("2027-05-12T07:00");
    expect(localIso(instantReminder(seven - 3_600_000, seven, rules))).toBe("2027-05-11 09:00");
    const w = setupReminders("2027-05-10T22:30");
    const m = w.schedule(w.forum, "2027-06-01T13:00");
    expect(w.dueTimes(m.id, "invitation")).toEqual(["2027-05-11 07:00"]);
  });

  it("counts working days back over weekends and holidays", () => {
    const saturday = DateTime.fromISO("2027-03-20", { zone: ZONE });
    expect(workingDaysBefore(saturday, 2, isFinnishDayOff).toISODate()).toBe("2027-03-18");
    const afterEaster = DateTime.fromISO("2027-03-30", { zone: ZONE });
    expect(workingDaysBefore(afterEaster, 1, isFinnishDayOff).toISODate()).toBe("2027-03-25");
    expect(isFinnishDayOff("2027-06-25", 5)).toBe(true);
    expect(isFinnishDayOff("2027-12-24", 5)).toBe(true);
    expect(isFinnishDayOff("2027-12-06", 1)).toBe(true);
    expect(isFinnishDayOff("2027-12-31", 5)).toBe(false);
  });

  it("fires at its instant and not a minute before", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    await w.tick(); // the invitation
    w.slack.sent.length = 0;
    w.clock.set(local("2027-03-25T08:59"));
    await w.tick();
    expect(w.slack.sent.filter((s) => s.text.includes("Tulossa"))).toHaveLength(0);
    w.clock.set(local("2027-03-25T09:00"));
    await w.tick();
    const dayBefore = w.slack.sent.filter((s) => s.text.includes("Tulossa"));
    expect(dayBefore).toHaveLength(1);
    expect(dayBefore[0]!.target).toEqual({ platform: "slack", kind: "channel", ref: "CJOHTO" });
    expect(dayBefore[0]!.text).toContain("ti 30.3.2027 klo 13.00–15.00");
    expect(dayBefore[0]!.text).toContain(m.id);
  });
});
