/**
 * Feed revalidation over real HTTP (issue 19 point 1, 3): the ETag follows every kind of change a feed shows —
 * including a forum rename and lost access, which a date-based Last-Modified missed — so feeds send no
 * Last-Modified. A matrix of If-None-Match, If-Modified-Since and both, before and after each change. Also gzip
 * with Vary, HEAD, and an answer given in chat reaching the person's feed as PARTSTAT without a new SEQUENCE.
 */
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { and, eq } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { agendaVersions, forumMembers, forums, people } from "../../db/schema/index.js";
import { type RunningApp, startApp } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import type { Reply } from "../../src/conversation/reply.js";
import { change } from "../../src/services/audit.js";
import { requireMeeting, updateMeeting } from "../../src/services/meetings.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { eventLines, parsedEvent, parseWithPython, pythonEvent, unfolded } from "../calendar/ics.js";
import { tempDbPath } from "../support/db.js";

const PUBLIC_URL = "https://yhdyspinta.example.fi";
const clock = new ManualClock(Date.parse("2027-01-15T10:00:00Z"));
let app: RunningApp;
let path: string;

beforeAll(async () => {
  const file = tempDbPath("yhdyspinta-validators-");
  const db = openDatabase(file);
  const w = buildWorld(db);
  buildMeeting(db, w.forum, "2027-03-29T13:00"); // JOHTO-2027-1
  buildMeeting(db, w.forum, "2027-10-13T13:00"); // JOHTO-2027-2
  buildMeeting(db, w.privateForum, "2027-05-05T10:00", { place: "Salainen huone" }); // SALA-2027-1
  db.$client.close();
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: file, PORT: "0", PUBLIC_URL, CONSOLE: "off" });
  app = await startApp({ config, log: pino({ level: "silent" }), clock, host: "127.0.0.1", cron: false });
  const reply = await say("jasen", "subscribe mine");
  const link = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : [])).find((a) => a.kind === "link" && a.url.startsWith("https://"));
  path = new URL((link as { url: string }).url).pathname;
});

afterAll(async () => {
  await app?.close();
});

function say(personId: string, text: string): Promise<Reply> {
  return app.core.handleCommand({ user: { platform: "console", id: personId }, text });
}

function get(headers: Record<string, string> = {}, method = "GET"): Promise<Response> {
  return fetch(`http://127.0.0.1:${app.port}${path}`, { headers, method });
}

/** A raw GET, so the bytes on the wire (gzipped or not) can be seen. */
function raw(headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`http://127.0.0.1:${app.port}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

function move(id: string, startsAt: number) {
  clock.advance(60_000);
  const before = requireMeeting(app.db, id);
  change(app.db, "sihteeri", clock.now(), (tx) => updateMeeting(tx, before, { startsAt, endsAt: startsAt + 7_200_000 }, "moved", "sihteeri", clock.now()));
}

const forumId = (code: string) => app.db.select().from(forums).where(eq(forums.code, code)).get()!.id;

/** Each change a feed shows, and what the feed says afterwards. */
const CHANGES: { name: string; make: () => unknown; shows: (ics: string) => boolean }[] = [
  { name: "a meeting moves", make: () => move("JOHTO-2027-1", Date.parse("2027-03-30T07:00:00Z")), shows: (ics) => ics.includes("20270330T100000") },
  {
    name: "a meeting is cancelled",
    make: () => {
      const before = requireMeeting(app.db, "JOHTO-2027-2");
      change(app.db, "sihteeri", clock.now(), (tx) => updateMeeting(tx, before, { status: "cancelled" }, "cancelled", "sihteeri", clock.now()));
    },
    shows: (ics) => eventLines(ics, "JOHTO-2027-2@").includes("STATUS:CANCELLED"),
  },
  {
    name: "the agenda is published",
    make: () =>
      app.db
        .insert(agendaVersions)
        .values({ meetingId: "JOHTO-2027-1", version: 1, publishedAt: clock.now(), content: { items: [{ number: 1, itemId: 1, title: "Lasten liikunta" }] } })
        .run(),
    shows: (ics) => unfolded(ics).some((l) => l.startsWith("DESCRIPTION:") && l.includes("Lasten liikunta")),
  },
  {
    name: "the forum is renamed",
    make: () =>
      app.db
        .update(forums)
        .set({ names: { fi: "Johtoryhmä" } })
        .where(eq(forums.code, "JOHTO"))
        .run(),
    shows: (ics) => ics.includes("SUMMARY:Johtoryhmä – kokous"),
  },
  {
    name: "the forum gets a colour and a mailbox",
    make: () => app.db.update(forums).set({ color: "#4682b4", mailbox: "johto@example.fi" }).where(eq(forums.code, "JOHTO")).run(),
    shows: (ics) => ics.includes("COLOR:steelblue") && ics.includes(":mailto:johto@example.fi"),
  },
  { name: "a member answers in chat", make: () => say("svensk", "absent JOHTO-2027-1"), shows: (ics) => ics.includes("PARTSTAT=DECLINED") },
  {
    name: "a member is renamed",
    make: () => app.db.update(people).set({ name: "Sanna Sihteeri-Uusi" }).where(eq(people.id, "sihteeri")).run(),
    shows: (ics) => ics.includes("Sihteeri-Uusi"),
  },
  {
    name: "the owner changes language",
    make: () => app.db.update(people).set({ locale: "sv" }).where(eq(people.id, "jasen")).run(),
    shows: (ics) => ics.includes("– möte"),
  },
  {
    name: "the owner loses access to a private forum",
    make: () =>
      app.db
        .delete(forumMembers)
        .where(and(eq(forumMembers.forumId, forumId("SALA")), eq(forumMembers.personId, "jasen")))
        .run(),
    shows: (ics) => !ics.includes("SALA-2027-1"),
  },
];

describe("conditional GET", () => {
  it("sends an ETag and no Last-Modified; HEAD gives the same validators and no body", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(res.headers.get("last-modified")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("private, max-age=0, must-revalidate");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    await res.text();
    const head = await get({}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(res.headers.get("etag"));
    expect(head.headers.get("vary")).toBe("Accept-Encoding");
    expect(await head.text()).toBe("");
  });

  for (const { name, make, shows } of CHANGES) {
    it(`revalidates after: ${name}`, async () => {
      const first = await get();
      const etag = first.headers.get("etag")!;
      const before = unfolded(await first.text()).join("\r\n");
      expect(shows(before), "the change is not there yet").toBe(false);
      const since = new Date(clock.now() + 3_600_000).toUTCString();
      // Unchanged: If-None-Match is answered 304, also when If-Modified-Since comes along (RFC 9110 §13.2.2).
      expect((await get({ "If-None-Match": etag })).status).toBe(304);
      expect((await get({ "If-None-Match": etag, "If-Modified-Since": since })).status).toBe(304);
      // Without a Last-Modified a date alone validates nothing: the full feed, never a stale 304.
      expect((await get({ "If-Modified-Since": since })).status).toBe(200);

      clock.advance(60_000);
      await make();

      const matrix: Record<string, string>[] = [
        { "If-None-Match": etag },
        { "If-None-Match": etag, "If-Modified-Since": since },
        { "If-Modified-Since": since },
      ];
      for (const headers of matrix) {
        const after = await get(headers);
        expect(after.status, JSON.stringify(headers)).toBe(200);
        expect(after.headers.get("etag")).not.toBe(etag);
        expect(shows(unfolded(await after.text()).join("\r\n")), JSON.stringify(headers)).toBe(true);
      }
      const etagAfter = (await get()).headers.get("etag")!;
      expect((await get({ "If-None-Match": etagAfter })).status).toBe(304);
    });
  }
});

describe("compression", () => {
  it("gzips for clients that accept it, with Vary: Accept-Encoding, and the same calendar inside", async () => {
    const plain = await raw({});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const gzipped = await raw({ "Accept-Encoding": "gzip, deflate, br" });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toBe("Accept-Encoding");
    expect(gzipped.headers.etag).toBe(plain.headers.etag);
    expect(gunzipSync(gzipped.body).toString("utf8")).toBe(plain.body.toString("utf8"));
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect((await raw({ "Accept-Encoding": "gzip;q=0, identity" })).headers["content-encoding"]).toBeUndefined();
    expect((await raw({ "Accept-Encoding": "gzip", "If-None-Match": String(plain.headers.etag) })).status).toBe(304);
  });
});

describe("answers in the feed", () => {
  it("shows an answer given in chat as the person's PARTSTAT, keeps SEQUENCE, and moves DTSTAMP", async () => {
    const before = await (await get()).text();
    const lines = eventLines(before, "JOHTO-2027-1@");
    const sequence = lines.find((l) => l.startsWith("SEQUENCE:"));
    expect(lines.find((l) => l.includes("mailto:jasen@example.fi") && l.startsWith("ATTENDEE"))).toContain("PARTSTAT=NEEDS-ACTION");

    clock.advance(60_000);
    const reply = await say("jasen", "attend JOHTO-2027-1");
    expect(JSON.stringify(reply)).toContain("Ditt svar till JOHTO-2027-1 har sparats"); // Swedish since the matrix above
    const after = await (await get()).text();
    const event = eventLines(after, "JOHTO-2027-1@");
    expect(event.find((l) => l.includes("mailto:jasen@example.fi") && l.startsWith("ATTENDEE"))).toContain("PARTSTAT=ACCEPTED");
    expect(event.find((l) => l.startsWith("SEQUENCE:"))).toBe(sequence);
    expect(event.find((l) => l.startsWith("DTSTAMP:"))).toBe(`DTSTAMP:${new Date(clock.now()).toISOString().replace(/[-:]|\.\d{3}/g, "")}`);
    const uid = "JOHTO-2027-1@yhdyspinta.example.fi";
    expect(
      parsedEvent(after, uid)!
        .attendees.find((a) => String(a.getFirstValue()).endsWith("jasen@example.fi"))!
        .getParameter("partstat"),
    ).toBe("ACCEPTED");
    expect(pythonEvent(parseWithPython(after), uid).attendees.find((a) => a.value === "mailto:jasen@example.fi")).toMatchObject({ PARTSTAT: "ACCEPTED" });

    // The re-sent invite carries the same answer.
    const invite = await say("jasen", "invite JOHTO-2027-1");
    expect(unfolded(String(invite.attachments?.[0]?.content)).join("\r\n")).toMatch(/PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jussi Jäsen":mailto:jasen@example\.fi/);
  });
});
