/**
 * A region on Europe/Stockholm over real HTTP (issue 19 points 4 and 6): its feed and invites define their own
 * VTIMEZONE, so ical.js and python-icalendar (which know no zone names but ours) place 13.00 at 11:00Z in summer
 * and 12:00Z in winter, and the repeated autumn hour unambiguously. UIDs carry CALENDAR_UID_DOMAIN, kept after a
 * restart with another domain and another PUBLIC_URL.
 */
import { DateTime } from "luxon";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { type RunningApp, startApp } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import type { Reply } from "../../src/conversation/reply.js";
import { buildForum, buildMeeting, buildParty, buildPerson, buildRegion } from "../builders.js";
import { eventLines, parsedEvent, parseWithPython, pythonEvent, unfolded } from "../calendar/ics.js";
import { tempDbPath } from "../support/db.js";

const ZONE = "Europe/Stockholm";
const clock = new ManualClock(Date.parse("2027-01-15T10:00:00Z"));
let app: RunningApp;
let file: string;

function local(iso: string): number {
  return DateTime.fromISO(iso, { zone: ZONE }).toMillis();
}

function start(publicUrl: string, uidDomain?: string): Promise<RunningApp> {
  const env = {
    NODE_ENV: "test",
    DATABASE_PATH: file,
    PORT: "0",
    PUBLIC_URL: publicUrl,
    CONSOLE: "off",
    ...(uidDomain ? { CALENDAR_UID_DOMAIN: uidDomain } : {}),
  };
  return startApp({ config: readConfig(env), log: pino({ level: "silent" }), clock, host: "127.0.0.1", cron: false });
}

beforeAll(async () => {
  file = tempDbPath("yhdyspinta-stockholm-");
  const db = openDatabase(file);
  buildRegion(db, { zone: ZONE, names: { fi: "Uppsala", sv: "Uppsala" }, defaultLocale: "sv" });
  buildParty(db, { id: "region", kind: "wellbeing_county", names: { fi: "Region Uppsala" } });
  buildPerson(db, { id: "anna", name: "Anna Andersson", partyId: "region", locale: "sv" });
  buildPerson(db, { id: "bo", name: "Bo Berg", partyId: "region", locale: "sv" });
  const forum = buildForum(db, { code: "LEDN", names: { fi: "Ledningsforum", sv: "Ledningsforum" }, secretaryId: "anna", color: "darkorange" }, [
    { personId: "anna" },
    { personId: "bo", role: "chair" },
  ]);
  const at = (iso: string, id: string) => buildMeeting(db, forum, iso.slice(0, 16), { startsAt: local(iso), endsAt: local(iso) + 7_200_000, zone: ZONE, id });
  at("2027-03-29T13:00", "LEDN-2027-1"); // the day after summer time starts (28 March)
  at("2027-10-13T13:00", "LEDN-2027-2"); // summer time
  at("2027-11-02T13:00", "LEDN-2027-3"); // winter time
  // 31.10.2027 02.30 happens twice in Stockholm: this is the first, in summer time (00:30Z).
  buildMeeting(db, forum, "2027-10-31T02:30", {
    startsAt: Date.parse("2027-10-31T00:30:00Z"),
    endsAt: Date.parse("2027-10-31T03:00:00Z"),
    zone: ZONE,
    id: "LEDN-2027-4",
  });
  db.$client.close();
  app = await start("https://kalender.example.se", "kalender.region.example.se");
});

afterAll(async () => {
  await app?.close();
});

function say(personId: string, text: string): Promise<Reply> {
  return app.core.handleCommand({ user: { platform: "console", id: personId }, text });
}

async function feedPath(personId: string): Promise<string> {
  const reply = await say(personId, "subscribe mine");
  const link = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : [])).find((a) => a.kind === "link" && a.url.startsWith("https://"));
  return new URL((link as { url: string }).url).pathname;
}

async function fetchText(path: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${app.port}${path}`);
  expect(res.status).toBe(200);
  return res.text();
}

const EXPECTED: [string, string, string][] = [
  ["LEDN-2027-1", "DTSTART;TZID=Europe/Stockholm:20270329T130000", "2027-03-29T11:00:00Z"],
  ["LEDN-2027-2", "DTSTART;TZID=Europe/Stockholm:20271013T130000", "2027-10-13T11:00:00Z"],
  ["LEDN-2027-3", "DTSTART;TZID=Europe/Stockholm:20271102T130000", "2027-11-02T12:00:00Z"],
  ["LEDN-2027-4", "DTSTART:20271031T003000Z", "2027-10-31T00:30:00Z"],
];

describe("a Stockholm region", () => {
  it("serves a feed with its own VTIMEZONE, read alike by ical.js and python-icalendar on both sides of each change", async () => {
    const ics = await fetchText(await feedPath("bo"));
    const lines = unfolded(ics);
    expect(lines).toContain("TZID:Europe/Stockholm");
    expect(lines).not.toContain("TZID:Europe/Helsinki");
    expect(lines).toEqual(expect.arrayContaining(["X-WR-TIMEZONE:Europe/Stockholm", "TZNAME:CET", "TZNAME:CEST", "TZOFFSETTO:+0200"]));
    const python = parseWithPython(ics);
    expect(python).toMatchObject({ crlfEnd: true, errors: [], zones: ["Europe/Stockholm"], name: "Yhdyspinta – Bo Berg", calname: "Yhdyspinta – Bo Berg" });
    for (const [id, line, utc] of EXPECTED) {
      const uid = `${id}@kalender.region.example.se`;
      expect(eventLines(ics, `${id}@`), id).toContain(line);
      expect(parsedEvent(ics, uid)!.startDate.toJSDate().toISOString(), id).toBe(utc.replace("Z", ".000Z"));
      expect(pythonEvent(python, uid).start, id).toBe(utc);
    }
    expect(pythonEvent(python, "LEDN-2027-2@kalender.region.example.se")).toMatchObject({ color: "darkorange", summary: "Ledningsforum – möte" });
  });

  it("names a forum's feed and colours it (RFC 7986 COLOR, Apple's hex) and serves invites in the same zone", async () => {
    const reply = await say("bo", "subscribe forum LEDN");
    const link = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : [])).find((a) => a.kind === "link" && a.url.startsWith("https://"));
    const ics = await fetchText(new URL((link as { url: string }).url).pathname);
    expect(unfolded(ics)).toEqual(expect.arrayContaining(["COLOR:darkorange", "X-APPLE-CALENDAR-COLOR:#ff8c00"]));
    expect(parseWithPython(ics).color).toBe("darkorange");

    const invite = await say("bo", "invite LEDN-2027-3");
    const url = new URL(String(invite.attachments?.[0]?.url));
    const res = await fetch(`http://127.0.0.1:${app.port}${url.pathname}${url.search}`);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8; method=REQUEST");
    const text = await res.text();
    const python = parseWithPython(text);
    expect(python).toMatchObject({ method: "REQUEST", xwr: [], name: "", zones: ["Europe/Stockholm"] });
    expect(pythonEvent(python, "LEDN-2027-3@kalender.region.example.se").start).toBe("2027-11-02T12:00:00Z");
    expect(parsedEvent(text, "LEDN-2027-3@kalender.region.example.se")!.startDate.toJSDate().toISOString()).toBe("2027-11-02T12:00:00.000Z");
  });

  it("keeps the UID domain fixed at first start after a restart with another domain and address", async () => {
    await app.close();
    app = await start("https://ny.example.se", "annan.example.se");
    const ics = await fetchText(await feedPath("anna"));
    expect(eventLines(ics, "LEDN-2027-1@")).toContain("UID:LEDN-2027-1@kalender.region.example.se");
    expect(eventLines(ics, "LEDN-2027-1@").find((l) => l.startsWith("URL:"))).toMatch(/^URL:https:\/\/ny\.example\.se\/meetings\/LEDN-2027-1/);
    expect(eventLines(ics, "LEDN-2027-1@")).toContain('ORGANIZER;CN="Yhdyspinta";SENT-BY="mailto:anna@example.fi":mailto:noreply@kalender.region.example.se');
  });
});
