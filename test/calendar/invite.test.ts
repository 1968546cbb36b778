/**
 * Invites (issue 7, issue 19 point 2–3): iTIP METHOD:REQUEST / METHOD:CANCEL with the matching MIME method, no
 * X-WR-* or calendar name, the forum's mailbox or a no-reply address as ORGANIZER with the convener as SENT-BY,
 * members as ATTENDEEs with CUTYPE, ROLE and their answers from chat as PARTSTAT (deputies by delegation), read
 * alike by ical.js and python-icalendar; `invite <MEETING>` in chat.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumMembers, forums, meetingResponses } from "../../db/schema/index.js";
import { change } from "../../src/services/audit.js";
import { settleCalendarSettings } from "../../src/services/calendar-settings.js";
import { inviteAttachment } from "../../src/services/invite.js";
import { requireMeeting, updateMeeting } from "../../src/services/meetings.js";
import { buildMeeting, buildPerson, buildWorld } from "../builders.js";
import { createTestCore } from "../support/core.js";
import { openTestDb } from "../support/db.js";
import { eventLines, expectWellFolded, parsedEvent, parseWithPython, pythonEvent, unfolded } from "./ics.js";

const OPTIONS = { publicUrl: "https://yhdyspinta.example.fi", locale: "fi" as const, now: Date.parse("2027-09-01T08:00:00Z") };
const UID = "JOHTO-2027-1@yhdyspinta.example.fi";

function world() {
  const db = openTestDb();
  const w = buildWorld(db);
  const meeting = buildMeeting(db, w.forum, "2027-10-13T13:00", { place: "Sali, 2. krs" });
  return { db, w, meeting };
}

function answer(db: ReturnType<typeof openTestDb>, personId: string, value: "attend" | "decline" | "deputy", deputyId?: string) {
  db.insert(meetingResponses)
    .values({ meetingId: "JOHTO-2027-1", personId, answer: value, deputyId: deputyId ?? null, answeredAt: OPTIONS.now })
    .run();
}

describe("inviteAttachment", () => {
  it("is an iTIP REQUEST: METHOD and MIME method agree, no calendar name or X-WR-*, final CRLF, a no-reply organizer sent by the convener", () => {
    const { db } = world();
    const invite = inviteAttachment(db, requireMeeting(db, "JOHTO-2027-1"), "REQUEST", OPTIONS)!;
    expect(invite.filename).toBe("JOHTO-2027-1.ics");
    expect(invite.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    expect(invite.url).toBe("https://yhdyspinta.example.fi/invites/JOHTO-2027-1/key-JOHTO-1.ics?lang=fi");
    const ics = String(invite.content);
    expectWellFolded(ics);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = unfolded(ics);
    expect(lines).toContain("METHOD:REQUEST");
    expect(lines.filter((l) => /^(X-WR-|NAME[:;]|X-PUBLISHED-TTL|REFRESH-INTERVAL)/.test(l))).toEqual([]);
    const event = eventLines(ics, "JOHTO-2027-1@");
    expect(event).toEqual(
      expect.arrayContaining([
        `UID:${UID}`,
        "DTSTART;TZID=Europe/Helsinki:20271013T130000",
        "DTSTAMP:20270901T080000Z",
        "STATUS:CONFIRMED",
        'ORGANIZER;CN="Yhdyspinta";SENT-BY="mailto:admin@example.fi":mailto:noreply@yhdyspinta.example.fi',
        // A no-reply organizer cannot take e-mail replies, so nobody is asked for one; answers come from chat.
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Sanna Sihteeri":mailto:sihteeri@example.fi',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Jussi Jäsen":mailto:jasen@example.fi',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Stina Svensk":mailto:svensk@example.fi',
      ]),
    );
    const parsed = parsedEvent(ics, UID)!;
    expect(parsed.attendees.map((a) => a.getParameter("cn"))).toEqual(["Sanna Sihteeri", "Jussi Jäsen", "Stina Svensk"]);
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2027-10-13T10:00:00.000Z");
    expect(parsed.location).toBe("Sali, 2. krs");
    const python = parseWithPython(ics);
    expect(python).toMatchObject({ crlfEnd: true, errors: [], method: "REQUEST", name: "", calname: "", xwr: [], zones: ["Europe/Helsinki"] });
    expect(pythonEvent(python, UID)).toMatchObject({ start: "2027-10-13T10:00:00Z", end: "2027-10-13T12:00:00Z" });
    expect(pythonEvent(python, UID).organizer).toMatchObject({ value: "mailto:noreply@yhdyspinta.example.fi", "SENT-BY": "mailto:admin@example.fi" });
  });

  it("has the forum's mailbox as organizer, asks for replies there, and never lists the organizer as an attendee", () => {
    const { db, w } = world();
    db.update(forums)
      .set({ mailbox: "sihteeri@example.fi", names: { fi: "Johtoryhmä", sv: "Ledningsgruppen" } })
      .where(eq(forums.id, w.forum.id))
      .run();
    const ics = String(inviteAttachment(db, requireMeeting(db, "JOHTO-2027-1"), "REQUEST", { ...OPTIONS, locale: "sv" })!.content);
    const lines = eventLines(ics, "JOHTO-2027-1@");
    expect(lines).toContain('ORGANIZER;CN="Ledningsgruppen";SENT-BY="mailto:admin@example.fi":mailto:sihteeri@example.fi');
    expect(lines.filter((l) => l.startsWith("ATTENDEE")).map((l) => l.split(":").at(-1))).toEqual(["jasen@example.fi", "svensk@example.fi"]);
    expect(lines.filter((l) => l.startsWith("ATTENDEE")).every((l) => l.includes(";RSVP=TRUE;"))).toBe(true);
    // With no convener the secretary sends it; when the sender is the mailbox itself there is no SENT-BY.
    db.update(forums).set({ convenerId: null }).where(eq(forums.id, w.forum.id)).run();
    const own = eventLines(String(inviteAttachment(db, requireMeeting(db, "JOHTO-2027-1"), "REQUEST", OPTIONS)!.content), "JOHTO-2027-1@");
    expect(own).toContain('ORGANIZER;CN="Johtoryhmä":mailto:sihteeri@example.fi');
  });

  it("takes CALENDAR_ORGANIZER for forums without a mailbox once the settings are settled", () => {
    const { db } = world();
    settleCalendarSettings(db, { publicUrl: OPTIONS.publicUrl, calendarOrganizer: "kalenteri@hva.example.fi" }, OPTIONS.now);
    const lines = eventLines(String(inviteAttachment(db, requireMeeting(db, "JOHTO-2027-1"), "REQUEST", OPTIONS)!.content), "JOHTO-2027-1@");
    expect(lines).toContain('ORGANIZER;CN="Yhdyspinta";SENT-BY="mailto:admin@example.fi":mailto:kalenteri@hva.example.fi');
    expect(lines.filter((l) => l.startsWith("ATTENDEE")).every((l) => l.includes(";RSVP=TRUE;"))).toBe(true);
  });

  it("carries the answers given in chat as PARTSTAT, a deputy by delegation, without raising SEQUENCE", () => {
    const { db, w, meeting } = world();
    const deputy = buildPerson(db, { id: "vara", name: "Veikko Varajäsen" });
    db.insert(forumMembers).values({ forumId: w.forum.id, personId: deputy.id, role: "deputy", position: 9 }).run();
    const before = eventLines(String(inviteAttachment(db, meeting, "REQUEST", OPTIONS)!.content), "JOHTO-2027-1@");
    expect(before).toContain('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Veikko Varajäsen":mailto:vara@example.fi');
    answer(db, "sihteeri", "attend");
    answer(db, "svensk", "decline");
    answer(db, "jasen", "deputy", "vara");
    const ics = String(inviteAttachment(db, meeting, "REQUEST", OPTIONS)!.content);
    const lines = eventLines(ics, "JOHTO-2027-1@");
    expect(lines).toEqual(
      expect.arrayContaining([
        "SEQUENCE:0",
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Sanna Sihteeri":mailto:sihteeri@example.fi',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;RSVP=FALSE;CN="Stina Svensk":mailto:svensk@example.fi',
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=DELEGATED;RSVP=FALSE;DELEGATED-TO="mailto:vara@example.fi";CN="Jussi Jäsen":mailto:jasen@example.fi',
        // The deputy takes the chair's seat and has not answered yet.
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;DELEGATED-FROM="mailto:jasen@example.fi";CN="Veikko Varajäsen":mailto:vara@example.fi',
      ]),
    );
    const python = pythonEvent(parseWithPython(ics), UID);
    expect(python.attendees.map((a) => [a.value, a.PARTSTAT, a.ROLE, a.CUTYPE])).toEqual([
      ["mailto:sihteeri@example.fi", "ACCEPTED", "REQ-PARTICIPANT", "INDIVIDUAL"],
      ["mailto:jasen@example.fi", "DELEGATED", "CHAIR", "INDIVIDUAL"],
      ["mailto:svensk@example.fi", "DECLINED", "REQ-PARTICIPANT", "INDIVIDUAL"],
      ["mailto:vara@example.fi", "NEEDS-ACTION", "CHAIR", "INDIVIDUAL"],
    ]);
    expect(python.attendees[3]).toMatchObject({ "DELEGATED-FROM": "mailto:jasen@example.fi" });
    const parsed = parsedEvent(ics, UID)!;
    expect(parsed.attendees.map((a) => a.getParameter("partstat"))).toEqual(["ACCEPTED", "DELEGATED", "DECLINED", "NEEDS-ACTION"]);
  });

  it("is METHOD:CANCEL with STATUS:CANCELLED and a higher SEQUENCE once the meeting is cancelled", () => {
    const { db, meeting } = world();
    const cancelled = change(db, "sihteeri", OPTIONS.now, (tx) => updateMeeting(tx, meeting, { status: "cancelled" }, "cancelled", "sihteeri", OPTIONS.now));
    const invite = inviteAttachment(db, cancelled, "CANCEL", OPTIONS)!;
    const ics = String(invite.content);
    expect(invite.contentType).toContain("method=CANCEL");
    expect(unfolded(ics)).toContain("METHOD:CANCEL");
    expect(eventLines(ics, "JOHTO-2027-1@")).toEqual(expect.arrayContaining(["STATUS:CANCELLED", "SEQUENCE:1", `UID:${UID}`]));
    expect(pythonEvent(parseWithPython(ics), UID)).toMatchObject({ status: "CANCELLED", sequence: 1 });
  });

  it("writes a meeting in the repeated autumn hour in UTC, so every parser places it alike", () => {
    const { db, w } = world();
    // 31.10.2027 03.30 EEST (00:30Z) comes before 03.30 EET (01:30Z): as local time it would be ambiguous.
    const meeting = buildMeeting(db, w.forum, "2027-10-31T03:30", { startsAt: Date.parse("2027-10-31T00:30:00Z"), endsAt: Date.parse("2027-10-31T02:30:00Z") });
    const ics = String(inviteAttachment(db, meeting, "REQUEST", OPTIONS)!.content);
    const lines = eventLines(ics, `${meeting.id}@`);
    expect(lines).toContain("DTSTART:20271031T003000Z");
    expect(lines).toContain("DTEND;TZID=Europe/Helsinki:20271031T043000");
    expect(parsedEvent(ics, `${meeting.id}@yhdyspinta.example.fi`)!.startDate.toJSDate().toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(pythonEvent(parseWithPython(ics), `${meeting.id}@yhdyspinta.example.fi`)).toMatchObject({
      start: "2027-10-31T00:30:00Z",
      end: "2027-10-31T02:30:00Z",
    });
  });

  it("keeps hostile names and places inside their values", () => {
    const { db, w } = world();
    db.$client.prepare("update people set name = ? where id = 'jasen'").run('Jussi "X";ROLE=CHAIR\r\nATTENDEE:mailto:evil@example');
    const meeting = buildMeeting(db, w.forum, "2027-11-02T13:00", { place: `a\r\nORGANIZER:mailto:evil@example;b,c\\${"z".repeat(10_000)}` });
    const ics = String(inviteAttachment(db, meeting, "REQUEST", OPTIONS)!.content);
    expectWellFolded(ics);
    const lines = unfolded(ics);
    expect(lines.filter((l) => l.startsWith("ORGANIZER")).length).toBe(1);
    expect(lines.filter((l) => l.startsWith("ATTENDEE")).length).toBe(3);
    expect(lines).toContain(
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Jussi 'X';ROLE=CHAIR ATTENDEE:mailto:evil@example":mailto:jasen@example.fi`,
    );
    const event = parsedEvent(ics, "JOHTO-2027-2@yhdyspinta.example.fi")!;
    expect(event.location.startsWith("a ORGANIZER:mailto:evil@example;b,c\\zzz")).toBe(true);
    expect(pythonEvent(parseWithPython(ics), "JOHTO-2027-2@yhdyspinta.example.fi").attendees.length).toBe(3);
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
