/** The `reminders` command through the console path: settings, mute/unmute, delivery, upcoming, admins' failures. */
import { describe, expect, it } from "vitest";
import { reminders } from "../../db/schema/index.js";
import { settingsOf } from "../../src/services/reminders/settings.js";
import { createTestCore } from "../support/core.js";
import { local, setupReminders } from "../scheduler/support/world.js";

describe("reminders command", () => {
  it("shows and changes a person's settings in their language", async () => {
    const w = setupReminders("2027-01-04T10:00");
    const { say } = createTestCore(w.db, w.clock.now());
    const shown = await say("jasen", "muistutukset");
    expect(shown).toContain("Muistutuksesi");
    expect(shown).toContain("`määräaika` muistutus esityslistan määräajasta: päällä");
    expect(shown).toContain("`muistutukset pois edellinen-päivä`");
    // The Finnish words, and the English codes still work.
    const muted = await say("jasen", "muistutukset pois määräaika hour-before");
    expect(muted).toContain("Mykistetty: muistutus esityslistan määräajasta ja tuntia ennen kokousta.");
    expect([...settingsOf(w.db, "jasen").muted].sort()).toEqual(["agenda_deadline", "hour_before"]);
    await say("jasen", "reminders on all");
    expect(settingsOf(w.db, "jasen").muted.size).toBe(0);
    expect(await say("svensk", "påminnelser av kaffe")).toContain("`kaffe` är ingen typ av påminnelse. Typer: `kallelse`, `ändring`");
    expect(await say("svensk", "påminnelser av kaffe")).toContain("`skyldighet`, `åtgärd` eller `alla`.");
    expect(await say("svensk", "påminnelser dm")).toContain("som direktmeddelanden");
    expect(settingsOf(w.db, "svensk").delivery).toBe("dm");
  });

  it("lists upcoming reminders per forum, refuses private forums to outsiders, shows failures to admins", async () => {
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    w.db
      .insert(reminders)
      .values({
        key: "broken",
        kind: "day_before",
        subject: `meeting:${m.id}`,
        meetingId: m.id,
        forumId: w.forum.id,
        targetKind: "channel",
        targetPlatform: "slack",
        targetRef: "COLD",
        dueAt: local("2027-01-03T09:00"),
        expiresAt: local("2027-01-03T21:00"),
        state: "failed",
        attempts: 1,
        lastError: "channel_not_found",
        createdAt: w.clock.now(),
        updatedAt: w.clock.now(),
      })
      .run();
    const { say } = createTestCore(w.db, w.clock.now());
    const upcoming = await say("jasen", "reminders upcoming JOHTO");
    expect(upcoming).toContain(`9.3.2027 klo 9.00 — kutsu ehdottaa asioita esityslistalle: ${m.id}`);
    expect(upcoming).toContain(`25.3.2027 klo 9.00 — kokousta edeltävänä arkipäivänä: ${m.id} (4 vastaanottajaa)`);
    expect(upcoming).not.toContain("channel_not_found");
    expect(await say("ulko", "reminders upcoming SALA")).toContain("SALA");
    expect(await say("ulko", "reminders upcoming SALA")).not.toContain("Tulevat");
    const admin = await say("admin", "reminders upcoming");
    expect(admin).toContain("slack:COLD: alusta vastasi: channel_not_found (lähetyksiä tehty: 1)");
  });

  it("tells admins a failed row never sent from one that failed after sends", async () => {
    const w = setupReminders("2027-01-04T10:00");
    const m = w.schedule(w.forum, "2027-03-30T13:00");
    w.db
      .insert(reminders)
      .values({
        key: "stale-one",
        kind: "day_before",
        subject: `meeting:${m.id}`,
        meetingId: m.id,
        forumId: w.forum.id,
        targetKind: "channel",
        targetPlatform: "slack",
        targetRef: "CSTALE",
        dueAt: local("2027-01-03T09:00"),
        expiresAt: local("2027-01-03T21:00"),
        state: "failed",
        lastError: "stale",
        createdAt: w.clock.now(),
        updatedAt: w.clock.now(),
      })
      .run();
    const { say } = createTestCore(w.db, w.clock.now());
    expect(await say("admin", "reminders upcoming")).toContain(
      "slack:CSTALE: erääntyi botin ollessa poissa käytöstä, ja oli liian vanha lähetettäväksi (ei lähetetty kertaakaan)",
    );
  });
});
