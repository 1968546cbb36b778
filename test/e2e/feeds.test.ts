/**
 * Calendar feeds over real HTTP (issue 7): subscribe in chat, fetch /ical/<token>.ics from our running server,
 * parse with ical.js and assert the lines calendars read — across both DST changes, after a move and a cancel,
 * with conditional requests, revocation, private forums and hostile text.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { forums } from "../../db/schema/index.js";
import { startApp, type RunningApp } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import type { Reply } from "../../src/conversation/reply.js";
import { change } from "../../src/services/audit.js";
import { requireMeeting, updateMeeting } from "../../src/services/meetings.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { eventLines, expectWellFolded, parse, parsedEvent, parseWithPython, pythonEvent, unfolded } from "../calendar/ics.js";
import { tempDbPath } from "../support/db.js";
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";

const PUBLIC_URL = "https://yhdyspinta.example.fi";
const HOST = "yhdyspinta.example.fi";
const EVIL_PLACE = `Sali 1\r\nX-EVIL:1\nATTENDEE:mailto:x@evil.example;ROLE=CHAIR,\\ "quoted"\r${"p".repeat(10_000)}`;
let app: RunningApp;
const clock = new ManualClock(Date.parse("2027-01-15T10:00:00Z"));

beforeAll(async () => {
  const path = tempDbPath("yhdyspinta-feeds-");
  const db = openDatabase(path);
  const w = buildWorld(db);
  buildMeeting(db, w.forum, "2027-03-29T13:00", { place: "Kaupungintalo, valtuustosali" }); // JOHTO-2027-1, after 28 Mar change
  buildMeeting(db, w.forum, "2027-10-13T13:00", { onlineUrl: "https://teams.example/meet/1" }); // JOHTO-2027-2, summer time
  buildMeeting(db, w.forum, "2027-11-02T13:00"); // JOHTO-2027-3, after the 31 Oct change
  buildMeeting(db, w.forum, "2027-06-01T09:00", { place: EVIL_PLACE }); // JOHTO-2027-4
  buildMeeting(db, w.forum, "2025-06-01T09:00"); // JOHTO-2025-1: older than 12 months
  buildMeeting(db, w.forum, "2026-06-01T09:00"); // JOHTO-2026-1: within 12 months back
  buildMeeting(db, w.privateForum, "2027-05-05T10:00", { place: "Salainen huone" }); // SALA-2027-1
  db.update(forums)
    .set({ names: { fi: "Johtoryhmä; X-EVIL:1\r\nSUMMARY:x", sv: "Ledningsgruppen" } })
    .where(eq(forums.id, w.forum.id))
    .run();
  db.$client.close();
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: path, PORT: "0", PUBLIC_URL, CONSOLE: "off" });
  app = await startApp({ config, log: pino({ level: "silent" }), clock, host: "127.0.0.1", cron: false });
});

afterAll(async () => {
  await app?.close();
});

function say(personId: string, text: string): Promise<Reply> {
  return app.core.handleCommand({ user: { platform: "console", id: personId }, text });
}

async function subscribe(personId: string, scope: string): Promise<string> {
  const reply = await say(personId, `subscribe ${scope}`);
  const actions = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : []));
  const https = actions.find((a) => a.kind === "link" && a.url.startsWith("https://"));
  const webcal = actions.find((a) => a.kind === "link" && a.url.startsWith("webcal://"));
  expect(https && webcal, JSON.stringify(reply)).toBeTruthy();
  expect(reply.visibility).toBe("private");
  return new URL((https as { url: string }).url).pathname;
}

function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Response> {
  return fetch(`http://127.0.0.1:${app.port}${path}`, { headers, method });
}

async function feed(path: string): Promise<string> {
  const res = await get(path);
  expect(res.status).toBe(200);
  return res.text();
}

describe("subscribe in chat", () => {
  it("gives https and webcal links and one line each for Outlook, Google and Apple, in the person's language", async () => {
    const reply = await say("svensk", "prenumerera forum JOHTO");
    const links = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : []));
    expect(links.map((l) => (l.kind === "link" ? l.url.split(":")[0] : ""))).toEqual(["https", "webcal"]);
    expect((links[1] as { url: string }).url).toMatch(new RegExp(`^webcal://${HOST}/ical/[A-Za-z0-9_-]{43}\\.ics$`));
    const list = reply.blocks.find((b) => b.kind === "list");
    expect(list).toMatchObject({ items: [expect.stringMatching(/^Outlook/), expect.stringMatching(/^Google/), expect.stringMatching(/^Apple/)] });
    expect(JSON.stringify(reply)).toContain("Prenumerera");
  });

  it("refuses a private forum to someone outside it", async () => {
    const reply = await say("ulko", "subscribe forum SALA");
    expect(reply.blocks.some((b) => b.kind === "actions")).toBe(false);
    expect(JSON.stringify(reply)).toContain("SALA");
  });
});

describe("GET /ical/<token>.ics", () => {
  let path: string;
  beforeAll(async () => {
    path = await subscribe("jasen", "forum JOHTO");
  });

  it("serves text/calendar with refresh hints, calendar name and description, a Europe/Helsinki VTIMEZONE and a final CRLF", async () => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("etag")).toMatch(/^".+"$/);
    const text = await res.text();
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = unfolded(text);
    expect(lines.slice(0, 4)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yhdyspinta//Yhdyspinta//FI", "CALSCALE:GREGORIAN"]);
    expect(lines).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(lines).toContain("X-PUBLISHED-TTL:PT1H");
    expect(lines).toContain("X-WR-TIMEZONE:Europe/Helsinki");
    expect(lines.find((l) => l.startsWith("X-WR-CALNAME:"))).toBe("X-WR-CALNAME:Yhdyspinta – Johtoryhmä\\; X-EVIL:1 SUMMARY:x");
    expect(lines.find((l) => l.startsWith("NAME:"))).toBe("NAME:Yhdyspinta – Johtoryhmä\\; X-EVIL:1 SUMMARY:x");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toMatch(
      /^DESCRIPTION:Yhteistyöfoorumien kokoukset ja esityslistojen määräajat \(Yhdyspinta – Johtoryhmä/,
    );
    expect(lines.find((l) => l.startsWith("X-WR-CALDESC:"))).toMatch(/^X-WR-CALDESC:Yhteistyöfoorumien kokoukset/);
    expect(lines).toEqual(
      expect.arrayContaining(["BEGIN:VTIMEZONE", "TZID:Europe/Helsinki", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"]),
    );
    // Calendar properties come before the first component.
    expect(lines.indexOf("X-WR-TIMEZONE:Europe/Helsinki")).toBeLessThan(lines.indexOf("BEGIN:VTIMEZONE"));
  });

  it("writes local Helsinki times with TZID on both sides of both DST changes, and ical.js reads the right instants", async () => {
    const ics = await feed(path);
    expect(eventLines(ics, "JOHTO-2027-1@")).toContain("DTSTART;TZID=Europe/Helsinki:20270329T130000");
    expect(eventLines(ics, "JOHTO-2027-2@")).toContain("DTSTART;TZID=Europe/Helsinki:20271013T130000");
    expect(eventLines(ics, "JOHTO-2027-2@")).toContain("DTEND;TZID=Europe/Helsinki:20271013T150000");
    expect(eventLines(ics, "JOHTO-2027-3@")).toContain("DTSTART;TZID=Europe/Helsinki:20271102T130000");
    expect(parsedEvent(ics, `JOHTO-2027-1@${HOST}`)!.startDate.toJSDate().toISOString()).toBe("2027-03-29T10:00:00.000Z"); // EEST +3
    expect(parsedEvent(ics, `JOHTO-2027-2@${HOST}`)!.startDate.toJSDate().toISOString()).toBe("2027-10-13T10:00:00.000Z"); // EEST +3
    expect(parsedEvent(ics, `JOHTO-2027-3@${HOST}`)!.startDate.toJSDate().toISOString()).toBe("2027-11-02T11:00:00.000Z"); // EET +2
    // python-icalendar, resolving the times through our VTIMEZONE, agrees.
    const python = parseWithPython(ics);
    expect(python).toMatchObject({ crlfEnd: true, errors: [], zones: ["Europe/Helsinki"] });
    expect(pythonEvent(python, `JOHTO-2027-1@${HOST}`).start).toBe("2027-03-29T10:00:00Z");
    expect(pythonEvent(python, `JOHTO-2027-2@${HOST}`).start).toBe("2027-10-13T10:00:00Z");
    expect(pythonEvent(python, `JOHTO-2027-3@${HOST}`).start).toBe("2027-11-02T11:00:00Z");
    expect(pythonEvent(python, `JOHTO-2027-2-deadline@${HOST}`).start).toBe("2027-10-01T13:00:00Z");
  });

  it("has a stable UID, SEQUENCE, UTC DTSTAMP, summary in the owner's language, location, URL, organizer and categories", async () => {
    const lines = eventLines(await feed(path), "JOHTO-2027-1@");
    expect(lines).toContain(`UID:JOHTO-2027-1@${HOST}`);
    expect(lines).toContain("SEQUENCE:0");
    expect(lines.find((l) => l.startsWith("DTSTAMP:"))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(lines).toContain("SUMMARY:Johtoryhmä\\; X-EVIL:1 SUMMARY:x – kokous");
    expect(lines).toContain("LOCATION:Kaupungintalo\\, valtuustosali");
    expect(lines).toContain(`URL:${PUBLIC_URL}/meetings/JOHTO-2027-1?lang=fi`);
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines).toContain(`ORGANIZER;CN="Yhdyspinta";SENT-BY="mailto:admin@example.fi":mailto:noreply@${HOST}`);
    expect(lines).toContain('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Jussi Jäsen":mailto:jasen@example.fi');
    expect(lines).toContain("CATEGORIES:johdon yhteistyöfoorumi");
    const description = lines.find((l) => l.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("Esityslistaehdotukset viimeistään 19.3.2027 klo 16.00.");
    expect(description).toContain(`${PUBLIC_URL}/meetings/JOHTO-2027-1?lang=fi`);
    const online = eventLines(await feed(path), "JOHTO-2027-2@");
    expect(online).toContain("LOCATION:https://teams.example/meet/1");
  });

  it("adds the agenda deadline as a short event of its own and keeps 12 months of the past", async () => {
    const ics = await feed(path);
    const deadline = eventLines(ics, "JOHTO-2027-2-deadline@");
    // Ten days before Wed 13.10.2027 is a Sunday: the deadline is the Friday before.
    expect(deadline).toContain("DTSTART;TZID=Europe/Helsinki:20271001T160000");
    expect(deadline).toContain("DTEND;TZID=Europe/Helsinki:20271001T161500");
    expect(deadline).toContain("SUMMARY:Esityslistaehdotukset viimeistään: Johtoryhmä\\; X-EVIL:1 SUMMARY:x");
    expect(eventLines(ics, "JOHTO-2026-1@").length).toBeGreaterThan(0);
    expect(eventLines(ics, "JOHTO-2025-1@")).toEqual([]);
  });

  it("names the feed in the Swedish owner's language", async () => {
    const sv = await feed(await subscribe("svensk", "forum JOHTO"));
    expect(eventLines(sv, "JOHTO-2027-1@")).toContain("SUMMARY:Ledningsgruppen – möte");
    expect(eventLines(sv, "JOHTO-2027-1@")).toContain("CATEGORIES:ledningens samarbetsforum");
  });

  it("answers 304 to If-None-Match, supports HEAD, and 200 with a new ETag after a move that keeps the UID and raises SEQUENCE", async () => {
    const first = await get(path);
    const etag = first.headers.get("etag")!;
    await first.text();
    expect((await get(path, { "If-None-Match": etag })).status).toBe(304);
    const head = await get(path, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect(await head.text()).toBe("");

    clock.advance(60_000);
    const before = requireMeeting(app.db, "JOHTO-2027-2");
    const startsAt = DateTime.fromISO("2027-10-27T09:00", { zone: "Europe/Helsinki" }).toMillis();
    change(app.db, "sihteeri", clock.now(), (tx) => updateMeeting(tx, before, { startsAt, endsAt: startsAt + 7_200_000 }, "moved", "sihteeri", clock.now()));

    const after = await get(path, { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const lines = eventLines(await after.text(), "JOHTO-2027-2@");
    expect(lines).toContain(`UID:JOHTO-2027-2@${HOST}`);
    expect(lines).toContain(`SEQUENCE:${before.sequence + 1}`);
    expect(lines).toContain("DTSTART;TZID=Europe/Helsinki:20271027T090000");
  });

  it("keeps a cancelled meeting, and its deadline, as STATUS:CANCELLED", async () => {
    clock.advance(60_000);
    const before = requireMeeting(app.db, "JOHTO-2027-3");
    change(app.db, "sihteeri", clock.now(), (tx) =>
      updateMeeting(tx, before, { status: "cancelled", cancelReason: "Ei asioita" }, "cancelled", "sihteeri", clock.now()),
    );
    const ics = await feed(path);
    const lines = eventLines(ics, "JOHTO-2027-3@");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines).toContain(`SEQUENCE:${before.sequence + 1}`);
    expect(lines.find((l) => l.startsWith("DESCRIPTION:"))).toContain("Kokous on peruttu: Ei asioita");
    expect(eventLines(ics, "JOHTO-2027-3-deadline@")).toContain("STATUS:CANCELLED");
  });

  it("escapes CRLF, ; , \\ and quotes and folds a 10,000-character place so nothing injects a property", async () => {
    const ics = await feed(path);
    expectWellFolded(ics);
    const lines = unfolded(ics);
    expect(lines.some((l) => l.startsWith("X-EVIL") || (l.startsWith("ATTENDEE") && l.includes("evil")))).toBe(false);
    expect(lines.filter((l) => l.startsWith("ATTENDEE")).every((l) => /:mailto:[a-z]+@example\.fi$/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith("SUMMARY:")).every((l) => !l.includes("\r"))).toBe(true);
    const event = parsedEvent(ics, `JOHTO-2027-4@${HOST}`)!;
    expect(event.location.startsWith('Sali 1 X-EVIL:1 ATTENDEE:mailto:x@evil.example;ROLE=CHAIR,\\ "quoted" ppp')).toBe(true);
    expect(event.location.length).toBeGreaterThan(10_000);
    expect(event.summary).toBe("Johtoryhmä; X-EVIL:1 SUMMARY:x – kokous");
    expect(
      parse(ics)
        .getAllSubcomponents("vevent")
        .every((e) => e.getAllProperties("x-evil").length === 0),
    ).toBe(true);
  });

  it("answers 404 with no hint to an unknown, malformed or revoked token", async () => {
    const own = await subscribe("sihteeri", "mine");
    expect((await get(own)).status).toBe(200);
    const unsubscribed = await say("sihteeri", "peru-tilaus omat");
    expect(JSON.stringify(unsubscribed)).toContain("Mitätöin 1");
    const revoked = await get(own);
    const unknown = await get("/ical/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
    const malformed = await get("/ical/..%2F..%2Fetc.ics");
    for (const res of [revoked, unknown, malformed]) {
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("Not found\n");
    }
  });
});

describe("visibility", () => {
  it("shows a private forum in its member's own feed but never in another person's feeds", async () => {
    const mine = await feed(await subscribe("jasen", "mine"));
    expect(eventLines(mine, "SALA-2027-1@").length).toBeGreaterThan(0);
    expect(eventLines(mine, "SALA-2027-1@")).toContain(`URL:${PUBLIC_URL}/meetings/SALA-2027-1/key-SALA-1?lang=fi`);
    for (const scope of ["mine", "region", "party kaupunki"]) {
      const ics = await feed(await subscribe("ulko", scope));
      expect(ics).not.toContain("SALA");
      expect(ics).not.toContain("Salainen");
    }
    const region = await feed(await subscribe("jasen", "region"));
    expect(region).not.toContain("SALA-2027-1");
    expect(eventLines(region, "JOHTO-2027-1@").length).toBeGreaterThan(0);
  });

  it("shows a private forum in a party feed only to an owner who may read it", async () => {
    const member = await feed(await subscribe("jasen", "party kaupunki"));
    expect(eventLines(member, "SALA-2027-1@").length).toBeGreaterThan(0);
    expect(eventLines(member, "JOHTO-2027-1@").length).toBeGreaterThan(0);
    const reply = await say("jasen", "subscribe party nobody");
    expect(JSON.stringify(reply)).toContain("nobody");
  });
});

describe("scopes and languages", () => {
  it("defaults to the person's own feed, takes ?lang= and revokes everything with `unsubscribe all`", async () => {
    const own = await subscribe("svensk", "");
    const sv = await feed(own);
    expect(unfolded(sv)).toContain("X-WR-CALNAME:Yhdyspinta – Stina Svensk");
    expect(eventLines(await feed(`${own}?lang=en`), "JOHTO-2027-1@").find((l) => l.startsWith("SUMMARY:"))).toContain("– meeting");
    const reply = await say("svensk", "avsluta alla");
    expect(JSON.stringify(reply)).toMatch(/Återkallade [2-9]/);
    expect((await get(own)).status).toBe(404);
    expect(JSON.stringify(await say("svensk", "avsluta"))).toContain("inga prenumerationslänkar");
  });
});
