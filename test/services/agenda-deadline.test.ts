/** The agenda deadline: proposals until it are on time, after it late (waiting for acceptance); both DST sides. */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agendaItems, forums, meetings } from "../../db/schema/index.js";
import { partiesThatProposed } from "../../src/services/agenda/proposers.js";
import { publishedAgenda } from "../../src/services/agenda/published.js";
import { agendaWorld } from "../support/agenda.js";

async function proposeAt(meetingAt: string, instant: string, setup?: (w: ReturnType<typeof agendaWorld>) => void) {
  const w = agendaWorld({ meetingAt });
  setup?.(w);
  w.bot.clock.set(Date.parse(instant));
  const text = await w.bot.say("jasen", `agenda add ${w.meeting.id} Asia`);
  const item = w.db.select().from(agendaItems).where(eq(agendaItems.meetingId, w.meeting.id)).get();
  return { w, text, state: item?.state };
}

describe("agenda deadline (10 days before at 16.00 local, on a working day)", () => {
  it("summer time: Mon 4.10.2027 16.00 EEST is 13.00 UTC", async () => {
    expect((await proposeAt("2027-10-14T13:00", "2027-10-04T12:59:59.999Z")).state).toBe("proposed");
    expect((await proposeAt("2027-10-14T13:00", "2027-10-04T13:00:00.000Z")).state).toBe("proposed");
    const after = await proposeAt("2027-10-14T13:00", "2027-10-04T13:00:00.001Z");
    expect(after.state).toBe("late");
    expect(after.text).toContain("Määräaika (4.10.2027 klo 16.00) on mennyt");
  });

  it("winter time after the autumn change: Mon 1.11.2027 16.00 EET is 14.00 UTC", async () => {
    expect((await proposeAt("2027-11-11T13:00", "2027-11-01T13:30:00Z")).state).toBe("proposed");
    expect((await proposeAt("2027-11-11T13:00", "2027-11-01T14:00:00.001Z")).state).toBe("late");
  });

  it("summer time after the spring change: Mon 27.3.2028 16.00 EEST is 13.00 UTC", async () => {
    expect((await proposeAt("2028-04-06T13:00", "2028-03-27T12:59:00Z")).state).toBe("proposed");
    expect((await proposeAt("2028-04-06T13:00", "2028-03-27T13:30:00Z")).state).toBe("late");
  });

  it("moves a deadline on a Sunday or a holiday to the previous working day", async () => {
    // Ten days before Wed 13.10.2027 is Sunday 3.10.: the deadline is Friday 1.10. at 16.00.
    const sunday = await proposeAt("2027-10-13T13:00", "2027-10-01T13:00:00.001Z");
    expect(sunday.state).toBe("late");
    expect(sunday.text).toContain("Määräaika (1.10.2027 klo 16.00) on mennyt");
    // Ten days before Mon 4.1.2027 is Christmas Day (Fri 25.12.2026); Christmas Eve is off too: Wed 23.12.
    expect((await proposeAt("2027-01-04T13:00", "2026-12-23T13:59:00Z")).state).toBe("proposed");
    expect((await proposeAt("2027-01-04T13:00", "2026-12-23T14:00:01Z")).state).toBe("late");
  });

  it("follows the forum's own number of days and the meeting's own deadline", async () => {
    const forumDays = (w: ReturnType<typeof agendaWorld>) => {
      w.db.update(forums).set({ agendaDeadlineDays: 3 }).where(eq(forums.id, w.forum.id)).run();
    };
    expect((await proposeAt("2027-10-13T13:00", "2027-10-05T09:00:00Z", forumDays)).state).toBe("proposed");
    expect((await proposeAt("2027-10-13T13:00", "2027-10-10T13:00:01Z", forumDays)).state).toBe("late");
    const override = (w: ReturnType<typeof agendaWorld>) => {
      w.db
        .update(meetings)
        .set({ agendaDeadlineAt: Date.parse("2027-09-01T06:00:00Z") })
        .where(eq(meetings.id, w.meeting.id))
        .run();
    };
    expect((await proposeAt("2027-10-13T13:00", "2027-09-01T06:00:01Z", override)).state).toBe("late");
  });

  it("refuses proposals once the meeting has started", async () => {
    const { text, state } = await proposeAt("2027-10-13T13:00", "2027-10-13T10:00:01Z");
    expect(state).toBeUndefined();
    expect(text).toContain("on jo pidetty, alkanut tai peruttu");
  });
});

describe("late proposals", () => {
  it("stay off the published agenda until the secretary accepts them; the secretary is told with buttons", async () => {
    const { w } = await proposeAt("2027-10-13T13:00", "2027-10-05T09:00:00Z");
    const toSecretary = w.notifier.sent.find((s) => s.target.ref === "USECR");
    expect(toSecretary?.text).toContain(`[Hyväksy #1: agenda accept ${w.meeting.id} #1]`);
    await w.bot.say("sihteeri", `agenda standing ${w.meeting.id}`);
    await w.bot.say("sihteeri", `agenda publish ${w.meeting.id}`);
    expect(publishedAgenda(w.db, w.meeting.id)!.items.map((i) => i.title)).not.toContain("Asia");
    await w.bot.say("sihteeri", `agenda accept ${w.meeting.id} #1`);
    await w.bot.say("sihteeri", `agenda publish ${w.meeting.id}`);
    expect(publishedAgenda(w.db, w.meeting.id)!.items.map((i) => i.title)).toContain("Asia");
  });
});

describe("partiesThatProposed", () => {
  it("lists the parties of non-withdrawn proposals (explicit party, else the proposer's)", async () => {
    const w = agendaWorld();
    const id = w.meeting.id;
    expect(partiesThatProposed(w.db, id)).toEqual(new Set());
    await w.bot.say("jasen", `agenda add ${id} Kaupungin asia`);
    await w.bot.say("svensk", `agenda add ${id} Byns ärende`);
    await w.bot.say("sihteeri", `agenda standing ${id}`);
    expect(partiesThatProposed(w.db, id)).toEqual(new Set(["kaupunki", "kylä"]));
    await w.bot.say("svensk", `agenda withdraw ${id} #2`);
    expect(partiesThatProposed(w.db, id)).toEqual(new Set(["kaupunki"]));
    expect(partiesThatProposed(w.db, "NOPE-2027-1")).toEqual(new Set());
  });
});
