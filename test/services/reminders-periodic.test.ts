/**
 * Kinds planned by the periodic step: minutes inspection to inspectors who have not approved, overdue measures
 * weekly to the responsible party's contact until done, and duties at risk to the region's admin.
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agreements, goals, measureParties, measures, minutes, minutesInspectors } from "../../db/schema/index.js";
import { planPeriodicReminders } from "../../src/services/reminders/plan-periodic.js";
import { buildForum, buildMeeting } from "../builders.js";
import { local, setupReminders } from "../scheduler/support/world.js";

describe("periodic reminders", () => {
  it("minutes inspection reaches only the inspectors who have not approved", async () => {
    const w = setupReminders("2027-04-05T10:00");
    const meeting = buildMeeting(w.db, w.forum, "2027-03-30T13:00", { status: "held" });
    const finishedAt = local("2027-04-05T10:00");
    w.db.insert(minutes).values({ meetingId: meeting.id, state: "inspection", finishedAt, createdAt: finishedAt, updatedAt: finishedAt }).run();
    w.db
      .insert(minutesInspectors)
      .values([
        { meetingId: meeting.id, personId: "svensk", position: 0 },
        { meetingId: meeting.id, personId: "jasen", position: 1, approvedAt: finishedAt },
      ])
      .run();
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    const asked = w.slack.sent.filter((s) => s.text.includes("justering"));
    expect(asked.map((s) => s.target.ref)).toEqual(["USWED"]);
    expect(asked[0]!.message.blocks.at(-1)).toMatchObject({
      kind: "actions",
      actions: [{ command: `minutes ${meeting.id}` }, { command: `minutes approve ${meeting.id}` }],
    });
    // Approved before the second reminder (2 days later): nothing more.
    w.db
      .update(minutesInspectors)
      .set({ approvedAt: local("2027-04-06T10:00") })
      .where(eq(minutesInspectors.personId, "svensk"))
      .run();
    w.clock.set(local("2027-04-07T09:00"));
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    expect(w.slack.sent.filter((s) => s.text.includes("justering"))).toHaveLength(1);
  });

  it("an overdue measure reminds the responsible party's contact weekly until it is done", async () => {
    const w = setupReminders("2027-02-17T10:00");
    const agreement = w.db
      .insert(agreements)
      .values({ regionId: "test", title: { fi: "Sopimus" }, termStartsOn: "2025-06-01", status: "in_force" })
      .returning()
      .get();
    const goal = w.db
      .insert(goals)
      .values({ agreementId: agreement.id, code: "T3", area: "hyte", title: { fi: "Hyvinvointi" } })
      .returning()
      .get();
    const measure = w.db
      .insert(measures)
      .values({ goalId: goal.id, code: "T3.1", title: { fi: "Koulupsykologien saatavuus", sv: "Tillgång till skolpsykologer" }, dueOn: "2027-02-10" })
      .returning()
      .get();
    w.db.insert(measureParties).values({ measureId: measure.id, partyId: "kaupunki" }).run();
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    const first = w.slack.sent.filter((s) => s.text.includes("T3.1"));
    expect(first.map((s) => s.target.ref)).toEqual(["UMEMB"]);
    expect(first[0]!.text).toContain("Toimenpide T3.1 on myöhässä");
    expect(first[0]!.text).toContain("10.2.2027");
    expect(first[0]!.text).toContain("Kaupunki");
    // The same week: nothing more; next Monday: again.
    w.clock.set(local("2027-02-19T10:00"));
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    expect(w.slack.sent.filter((s) => s.text.includes("T3.1"))).toHaveLength(1);
    w.clock.set(local("2027-02-22T09:00"));
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    expect(w.slack.sent.filter((s) => s.text.includes("T3.1"))).toHaveLength(2);
    // Done: the next week's reminder is dropped at send time.
    w.clock.set(local("2027-03-01T09:00"));
    planPeriodicReminders(w.db, w.clock.now());
    w.db.update(measures).set({ status: "done", doneOn: "2027-02-26" }).where(eq(measures.id, measure.id)).run();
    await w.tick();
    expect(w.slack.sent.filter((s) => s.text.includes("T3.1"))).toHaveLength(2);
  });

  it("the admin hears on 1 September when the year's HYTE negotiation has nothing scheduled", async () => {
    const w = setupReminders("2027-08-31T10:00");
    const hyte = buildForum(w.db, { code: "HYTE", kind: "hyte_negotiation", cadence: "yearly", legalBasis: "612/2021 §7" });
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    expect(w.slack.to("UADMIN").filter((s) => s.text.includes("HYTE"))).toHaveLength(0);
    w.clock.set(local("2027-09-01T09:00"));
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    const warned = w.slack.to("UADMIN").filter((s) => s.text.includes("HYTE"));
    expect(warned).toHaveLength(1);
    expect(warned[0]!.text).toContain("31.12.2027");
    expect(warned[0]!.text).toContain("ajoita HYTE");
    // Scheduled after the warning: the next monthly reminder is not sent.
    w.schedule(hyte, "2027-11-10T13:00");
    w.clock.set(local("2027-10-01T09:00"));
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    expect(
      w.slack
        .to("UADMIN")
        .filter((s) => s.text.includes("HYTE"))
        .filter((s) => s.text.includes("Kokousta ei ole sovittu")),
    ).toHaveLength(1);
  });

  it("the admin hears six months into a council term when its §14 negotiation has nothing scheduled", async () => {
    // The term 1.6.2025–31.5.2029 (test/builders.ts): six months in is 1.12.2025.
    const w = setupReminders("2025-11-30T10:00");
    buildForum(w.db, { code: "NEUV14", kind: "term_negotiation", cadence: "per_term", legalBasis: "611/2021 §14" });
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    expect(w.slack.to("UADMIN").filter((s) => s.text.includes("NEUV14"))).toHaveLength(0);
    w.clock.set(local("2025-12-01T09:00"));
    planPeriodicReminders(w.db, w.clock.now());
    await w.tick();
    const warned = w.slack.to("UADMIN").filter((s) => s.text.includes("NEUV14"));
    expect(warned).toHaveLength(1);
    expect(warned[0]!.text).toContain("31.5.2029");
    expect(warned[0]!.text).toContain("ajoita NEUV14");
  });
});
