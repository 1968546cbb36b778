/**
 * The outbox end to end with real SQLite and a manual clock: moves and cancellations rewrite pending rows in the
 * meeting's own transaction; only those with something to do are reminded; muted kinds stay quiet; catch-up after
 * downtime; 429 then success; a terminal error disables the target once.
 */
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { agendaItems, channelBindings, forumMembers, reminders } from "../../db/schema/index.js";
import { change } from "../../src/services/audit.js";
import { updateMeeting } from "../../src/services/meetings.js";
import { setKindsMuted, setDelivery } from "../../src/services/reminders/settings.js";
import { createTestCore } from "../support/core.js";
import { local, setupReminders } from "../scheduler/support/world.js";

describe("meeting changes rewrite the outbox", () => {
  it("moving a meeting moves its reminders and tells everyone once", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    await w.tick();
    expect(w.slack.to("CJOHTO").map((s) => s.text)[0]).toContain("Kutsu");
    const moved = w.move(m, "2027-04-13T13:00");
    expect(w.dueTimes(m.id, "day_before")).toEqual(["2027-04-12 09:00"]);
    expect(w.rows().filter((r) => r.kind === "day_before" && r.state === "cancelled").length).toBeGreaterThan(0);
    await w.tick();
    const notice = w.slack.to("CJOHTO").at(-1)!;
    expect(notice.text).toContain("Muutos");
    expect(notice.text).toContain("ti 30.3.2027 klo 13.00–15.00");
    expect(notice.text).toContain("ti 13.4.2027 klo 13.00–15.00");
    // Moving back revives the first plan's rows instead of duplicating them.
    w.move(moved, "2027-03-30T13:00");
    expect(w.dueTimes(m.id, "day_before")).toEqual(["2027-03-25 09:00"]);
  });

  it("cancelling cancels every pending reminder and sends one cancellation", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    await w.tick();
    w.cancel(m, "Ei käsiteltäviä asioita");
    expect(w.rows().filter((r) => r.state === "pending" && r.kind !== "change")).toHaveLength(0);
    await w.tick();
    expect(w.slack.to("CJOHTO").at(-1)!.text).toContain("Peruttu");
    expect(w.slack.to("CJOHTO").at(-1)!.text).toContain("Ei käsiteltäviä asioita");
    w.clock.set(local("2027-03-30T12:00"));
    const before = w.slack.sent.length;
    await w.tick();
    expect(w.slack.sent.length).toBe(before);
  });

  it("a change that fails later in its transaction leaves the reminders as they were", () => {
    const w = setupReminders("2027-01-04T10:00");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    const snapshot = JSON.stringify(w.rows());
    expect(() =>
      change(w.db, "sihteeri", w.clock.now(), (tx) => {
        updateMeeting(tx, m, { startsAt: local("2027-04-13T13:00"), endsAt: local("2027-04-13T15:00") }, "moved", "sihteeri", w.clock.now());
        expect(
          tx
            .select()
            .from(reminders)
            .all()
            .some((r) => r.state === "cancelled"),
        ).toBe(true);
        throw new Error("later step failed");
      }),
    ).toThrow("later step failed");
    expect(JSON.stringify(w.rows())).toBe(snapshot);
  });
});

describe("who is reminded", () => {
  it("the deadline nudge goes only to members whose party has proposed nothing, in their language", async () => {
    const w = setupReminders("2027-01-04T10:00");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    w.db.insert(agendaItems).values({ meetingId: m.id, number: 1, title: "Koulupsykologit", proposerId: "jasen", createdAt: 0, updatedAt: 0 }).run();
    w.clock.set(local("2027-03-17T09:00"));
    await w.tick();
    const nudges = w.slack.sent.filter((s) => /Tiden för förslag|ehdotukset sulkeutuvat/.test(s.text));
    expect(nudges.map((s) => s.target.ref)).toEqual(["USWED"]);
    expect(nudges[0]!.text).toContain("har ännu inte föreslagit");
    expect(nudges[0]!.text).toContain("Kylä har");
    const skipped = w
      .rows()
      .filter((r) => r.kind === "agenda_deadline" && r.state === "cancelled")
      .map((r) => r.lastError);
    expect(skipped).toContain("the party has proposed");
  });

  it("muted kinds are not sent; forum notices go through the channel unless a person asks for direct messages", async () => {
    const w = setupReminders("2027-01-04T10:00");
    setKindsMuted(w.db, "svensk", ["agenda_deadline"], true, w.clock.now());
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    await w.tick();
    // No channel: every member gets the invitation by direct message.
    expect(w.slack.sent.map((s) => s.target.ref).sort()).toEqual(["UMEMB", "USECR", "USWED"]);
    w.clock.set(local("2027-03-18T09:00"));
    await w.tick();
    expect(w.slack.sent.filter((s) => s.target.ref === "USWED" && s.text.includes("Tiden för förslag"))).toHaveLength(0);
    // With a channel: the channel gets it, and only the person who chose direct messages.
    w.bind(w.forum, "CJOHTO");
    setDelivery(w.db, "jasen", "dm", w.clock.now());
    w.slack.sent.length = 0;
    w.move(m, "2027-04-13T13:00");
    await w.tick();
    expect(w.slack.sent.map((s) => s.target.ref).sort()).toEqual(["CJOHTO", "UMEMB"]);
  });

  it("a member removed from the forum after planning is not reminded", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.schedule(w.forum, "2027-03-30T13:00");
    w.db
      .delete(forumMembers)
      .where(and(eq(forumMembers.forumId, w.forum.id), eq(forumMembers.personId, "svensk")))
      .run();
    w.clock.set(local("2027-03-25T09:00"));
    await w.tick();
    expect(
      w.slack.sent
        .filter((s) => s.text.includes("Tulossa") || s.text.includes("På kommande"))
        .map((s) => s.target.ref)
        .sort(),
    ).toEqual(["UMEMB", "USECR"]);
  });

  it("minutes due goes to the secretary until minutes exist", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.schedule(w.forum, "2027-03-30T13:00");
    w.clock.set(local("2027-04-02T09:00"));
    await w.tick();
    const due = w.slack.sent.filter((s) => s.text.includes("pöytäkirja puuttuu"));
    expect(due.map((s) => s.target.ref)).toEqual(["USECR"]);
    expect(due[0]!.message.blocks.find((b) => b.kind === "actions")).toMatchObject({
      actions: [{ command: expect.stringMatching(/^minutes /) }, expect.anything()],
    });
  });
});

describe("delivery", () => {
  it("catch-up after downtime sends what is still useful and reports the stale", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    w.schedule(w.forum, "2027-03-30T13:00");
    await w.tick();
    // Down from before the agenda call (9.3) until 11.3 10.00: the call is 2 days late, within its 3-day grace.
    w.clock.set(local("2027-03-11T10:00"));
    let report = await w.tick();
    expect(report.sent).toBeGreaterThan(0);
    expect(w.slack.to("CJOHTO").at(-1)!.text).toContain("Asioita esityslistalle");
    // Down again until the meeting's morning: the deadline nudge, the quorum warning and the day-before are stale, the hour-before not yet due.
    w.clock.set(local("2027-03-30T11:30"));
    const sentBefore = w.slack.sent.length;
    report = await w.tick();
    expect(report.stale).toBeGreaterThan(0);
    expect(w.slack.sent.length).toBe(sentBefore);
    const stale = w.rows().filter((r) => r.state === "failed" && r.lastError?.startsWith("stale"));
    // The secretary's quorum warning (three working days before; nobody answered) went stale too.
    expect(new Set(stale.map((r) => r.kind))).toEqual(new Set(["agenda_deadline", "quorum_at_risk", "day_before"]));
    const core = createTestCore(w.db, w.clock.now());
    const view = await core.say("admin", "muistutukset upcoming");
    expect(view).toContain("Epäonnistuneet");
    expect(view).toContain("liian vanha lähetettäväksi");
    expect(await core.say("jasen", "reminders upcoming")).not.toContain("liian vanha");
  });

  it("rows a crash left in sending are retried by the next process", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    w.schedule(w.forum, "2027-03-30T13:00");
    w.db.update(reminders).set({ state: "sending", claimedAt: w.clock.now() }).where(eq(reminders.kind, "invitation")).run();
    const report = await w.tick();
    expect(report.recovered).toBe(4); // the channel's and the three members' invitations
    expect(w.slack.to("CJOHTO")).toHaveLength(1);
    expect(
      w
        .rows()
        .filter((r) => r.kind === "invitation")
        .map((r) => r.state),
    ).toEqual(["sent", "cancelled", "cancelled", "cancelled"]);
  });

  it("429 then success: waits the Retry-After and delivers exactly once", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    w.schedule(w.forum, "2027-03-30T13:00");
    w.slack.answerNext({ ok: false, terminal: false, error: "ratelimited", retryAfterMs: 30_000 });
    let report = await w.tick();
    expect(report).toMatchObject({ sent: 0, retried: 1 });
    await w.tick();
    expect(w.slack.to("CJOHTO")).toHaveLength(0);
    w.clock.advance(30_000);
    report = await w.tick();
    expect(report.sent).toBe(1);
    expect(w.slack.to("CJOHTO")).toHaveLength(1);
    expect(w.rows().find((r) => r.kind === "invitation")).toMatchObject({ state: "sent", attempts: 2 });
  });

  it("a terminal error disables the channel once and tells the secretary once", async () => {
    const w = setupReminders("2027-01-04T10:00");
    const binding = w.bind(w.forum, "CJOHTO");
    w.schedule(w.forum, "2027-03-30T13:00");
    w.schedule(w.forum, "2027-04-13T13:00");
    w.slack.breakTarget("CJOHTO");
    await w.tick();
    expect(w.db.select().from(channelBindings).where(eq(channelBindings.id, binding.id)).get()!.disabledAt).not.toBeNull();
    const told = w.slack.to("USECR").filter((s) => s.text.includes("CJOHTO"));
    expect(told).toHaveLength(1);
    expect(
      w
        .rows()
        .filter((r) => r.kind === "invitation" && r.targetKind === "channel")
        .map((r) => r.state),
    ).toEqual(["failed", "failed"]);
    w.clock.set(local("2027-03-09T09:00"));
    await w.tick();
    expect(w.slack.to("USECR").filter((s) => s.text.includes("CJOHTO"))).toHaveLength(1);
  });

  it("sends at most one message per second to one target", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    w.schedule(w.forum, "2027-03-30T13:00");
    w.schedule(w.forum, "2027-04-13T13:00");
    // The pacing clock and sleep are injected: a second passes without waiting one.
    let virtual = 0;
    const times: number[] = [];
    const send = w.slack.send.bind(w.slack);
    w.slack.send = async (target, message) => {
      if (target.ref === "CJOHTO") times.push(virtual);
      return send(target, message);
    };
    await w.tick({
      minIntervalMs: undefined,
      monotonic: () => virtual,
      sleep: async (ms) => {
        virtual += ms;
      },
    });
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
  });
});
