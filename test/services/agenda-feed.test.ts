/** Publishing the agenda changes the meeting's feed event: its DESCRIPTION lists the items and SEQUENCE grows. */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { change } from "../../src/services/audit.js";
import { buildFeed } from "../../src/services/feeds/build-feed.js";
import { loadFeedState } from "../../src/services/feeds/feed-state.js";
import { createFeedToken } from "../../src/services/feeds/tokens.js";
import { agendaWorld } from "../support/agenda.js";

function meetingEvent(ics: string, meetingId: string) {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  const event = events.find((e) => String(e.getFirstPropertyValue("uid")).startsWith(`${meetingId}@`));
  return { description: String(event?.getFirstPropertyValue("description") ?? ""), sequence: Number(event?.getFirstPropertyValue("sequence")) };
}

describe("agenda in the feed", () => {
  it("puts the published items in DESCRIPTION and raises SEQUENCE on every publish", async () => {
    const w = agendaWorld();
    const M = w.meeting.id;
    const { row } = change(w.db, "jasen", w.bot.clock.now(), (tx, audit) =>
      createFeedToken(tx, "jasen", { scope: "forum", forumId: w.forum.id }, w.bot.clock.now(), audit),
    );
    const feed = (lang?: string) => buildFeed(w.db, loadFeedState(w.db, row, w.bot.clock.now(), "https://yhdyspinta.example.fi", lang)!);
    const before = meetingEvent(feed(), M);
    expect(before.description).not.toContain("Lasten liikunta");
    await w.bot.say("jasen", `agenda add ${M} Lasten liikunta`);
    await w.bot.say("sihteeri", `agenda standing ${M}`);
    expect(meetingEvent(feed(), M).sequence).toBe(before.sequence);
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    const first = meetingEvent(feed(), M);
    expect(first.sequence).toBe(before.sequence + 1);
    expect(first.description).toContain("1. Kokouksen avaus");
    expect(first.description).toContain("4. Lasten liikunta");
    expect(meetingEvent(feed("sv"), M).description).toContain("1. Mötets öppnande");
    await w.bot.say("svensk", `agenda add ${M} Skolhälsa`);
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    const second = meetingEvent(feed(), M);
    expect(second.sequence).toBe(before.sequence + 2);
    expect(second.description).toContain("5. Skolhälsa");
  });
});
