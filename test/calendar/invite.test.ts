/** Invites (issue 7): METHOD:REQUEST / METHOD:CANCEL, members as ATTENDEEs with RSVP, names and roles; `invite <MEETING>`. */
import { describe, expect, it } from "vitest";
import { inviteAttachment } from "../../src/services/invite.js";
import { change } from "../../src/services/audit.js";
import { updateMeeting } from "../../src/services/meetings.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { createTestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";
import { eventLines, expectWellFolded, parsedEvent, unfolded } from "./ics.js";

const OPTIONS = { publicUrl: "https://yhdyspinta.example.fi", locale: "fi" as const, now: Date.parse("2027-09-01T08:00:00Z") };

function world() {
  const db = openTestDb();
  const w = buildWorld(db);
  const meeting = buildMeeting(db, w.forum, "2027-10-13T13:00", { place: "Sali, 2. krs" });
  return { db, w, meeting };
}

describe("inviteAttachment", () => {
  it("is an .ics with METHOD:REQUEST, the organizer and every member as an attendee with RSVP, name and role", () => {
    const { db, meeting } = world();
    const invite = inviteAttachment(db, meeting, "REQUEST", OPTIONS)!;
    expect(invite.filename).toBe("JOHTO-2027-1.ics");
    expect(invite.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(invite.url).toBe("https://yhdyspinta.example.fi/invites/JOHTO-2027-1/key-JOHTO-1.ics?lang=fi");
    const ics = String(invite.content);
    expectWellFolded(ics);
    expect(unfolded(ics)).toContain("METHOD:REQUEST");
    const lines = eventLines(ics, "JOHTO-2027-1@");
    expect(lines).toContain("UID:JOHTO-2027-1@yhdyspinta.example.fi");
    expect(lines).toContain("DTSTART;TZID=Europe/Helsinki:20271013T130000");
    expect(lines).toContain("DTSTAMP:20270901T080000Z");
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain('ORGANIZER;CN="Aila Admin":mailto:admin@example.fi');
    expect(lines).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Sanna Sihteeri":MAILTO:sihteeri@example.fi');
    expect(lines).toContain('ATTENDEE;ROLE=CHAIR;RSVP=TRUE;CN="Jussi Jäsen":MAILTO:jasen@example.fi');
    expect(lines).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Stina Svensk":MAILTO:svensk@example.fi');
    const event = parsedEvent(ics, "JOHTO-2027-1@yhdyspinta.example.fi")!;
    expect(event.attendees.map((a) => a.getParameter("cn"))).toEqual(["Sanna Sihteeri", "Jussi Jäsen", "Stina Svensk"]);
    expect(event.location).toBe("Sali, 2. krs");
  });

  it("is METHOD:CANCEL with STATUS:CANCELLED and a higher SEQUENCE once the meeting is cancelled", () => {
    const { db, meeting } = world();
    const cancelled = change(db, "sihteeri", OPTIONS.now, (tx) => updateMeeting(tx, meeting, { status: "cancelled" }, "cancelled", "sihteeri", OPTIONS.now));
    const invite = inviteAttachment(db, cancelled, "CANCEL", OPTIONS)!;
    const ics = String(invite.content);
    expect(invite.contentType).toContain("method=CANCEL");
    expect(unfolded(ics)).toContain("METHOD:CANCEL");
    expect(eventLines(ics, "JOHTO-2027-1@")).toEqual(expect.arrayContaining(["STATUS:CANCELLED", "SEQUENCE:1", "UID:JOHTO-2027-1@yhdyspinta.example.fi"]));
  });

  it("keeps hostile names and places inside their values", () => {
    const { db, w } = world();
    db.$client.prepare("update people set name = ? where id = 'jasen'").run('Jussi "X";ROLE=CHAIR\r\nATTENDEE:mailto:evil@example');
    const meeting = buildMeeting(db, w.forum, "2027-11-02T13:00", { place: `a\r\nORGANIZER:mailto:evil@example;b,c\\${"z".repeat(10_000)}` });
    const ics = String(inviteAttachment(db, meeting, "REQUEST", OPTIONS)!.content);
    expectWellFolded(ics);
    const lines = unfolded(ics);
    expect(lines.filter((l) => l.startsWith("ORGANIZER"))).toEqual(['ORGANIZER;CN="Aila Admin":mailto:admin@example.fi']);
    expect(lines.filter((l) => l.startsWith("ATTENDEE")).length).toBe(3);
    expect(lines).toContain(`ATTENDEE;ROLE=CHAIR;RSVP=TRUE;CN="Jussi 'X';ROLE=CHAIR ATTENDEE:mailto:evil@example":MAILTO:jasen@example.fi`);
    const event = parsedEvent(ics, "JOHTO-2027-2@yhdyspinta.example.fi")!;
    expect(event.location.startsWith("a ORGANIZER:mailto:evil@example;b,c\\zzz")).toBe(true);
  });
});

describe("invite <MEETING>", () => {
  it("offers the invite again as a file and a download link, in the person's language", async () => {
    const { db } = world();
    const bot = createTestCore(db, OPTIONS.now);
    const reply = await bot.core.handleCommand({ user: { platform: "console", id: "svensk" }, text: "inbjudan johto-2027-1" });
    expect(reply.attachments?.[0]).toMatchObject({
      filename: "JOHTO-2027-1.ics",
      url: expect.stringContaining("/invites/JOHTO-2027-1/key-JOHTO-1.ics?lang=sv"),
    });
    expect(String(reply.attachments?.[0]?.content)).toContain("SUMMARY:JOHTO – möte");
    expect(reply.blocks).toContainEqual({ kind: "actions", actions: [{ kind: "link", label: "Ladda ner inbjudan (.ics)", url: reply.attachments![0]!.url }] });
  });

  it("refuses a private forum's meeting to someone outside it", async () => {
    const { db, w } = world();
    buildMeeting(db, w.privateForum, "2027-10-20T10:00");
    const bot = createTestCore(db, OPTIONS.now);
    expect(await bot.say("ulko", "kutsu SALA-2027-1")).toContain("SALA");
    expect(await bot.say("jasen", "kutsu SALA-2027-1")).toContain("Lataa kutsu");
  });
});
