/**
 * The feed server keeps each meeting's rendered events (shared by every feed that shows the meeting) and each feed's
 * head with its ETag while the database is unchanged (issue 18 §5). Every test first fetches the feeds, so that
 * whatever can be kept is kept, then changes something a calendar shows, and fetches again over real HTTP: the
 * change is there, in every feed that shows it, and the old ETag gets a 200, not a 304.
 */
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection.js";
import { people } from "../../db/schema/index.js";
import { type RunningApp, startApp } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { change } from "../../src/services/audit.js";
import { requireMeeting, updateMeeting } from "../../src/services/meetings.js";
import { buildMeeting, buildWorld } from "../builders.js";
import { eventLines } from "../calendar/ics.js";
import { tempDbPath } from "../support/db.js";

const clock = new ManualClock(Date.parse("2027-01-15T10:00:00Z"));
let app: RunningApp;
let path: string;

beforeAll(async () => {
  path = tempDbPath("yhdyspinta-feed-caches-");
  const db = openDatabase(path);
  const w = buildWorld(db);
  buildMeeting(db, w.forum, "2027-03-10T13:00"); // JOHTO-2027-1
  buildMeeting(db, w.forum, "2027-04-14T13:00"); // JOHTO-2027-2
  buildMeeting(db, w.forum, "2026-02-01T09:00"); // JOHTO-2026-1: 11½ months back, leaves the window in a month
  db.$client.close();
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: path, PORT: "0", PUBLIC_URL: "https://yhdyspinta.example.fi", CONSOLE: "off" });
  app = await startApp({ config, log: pino({ level: "silent" }), clock, host: "127.0.0.1", cron: false });
});

afterAll(async () => {
  await app?.close();
});

async function subscribe(personId: string, scope: string): Promise<string> {
  const reply = await app.core.handleCommand({ user: { platform: "console", id: personId }, text: `subscribe ${scope}` });
  const link = reply.blocks.flatMap((b) => (b.kind === "actions" ? b.actions : [])).find((a) => a.kind === "link" && a.url.startsWith("https://"));
  return new URL((link as { url: string }).url).pathname;
}

/** Fetches a feed twice (the second time its head and the meetings' events are kept) and returns the text and ETag. */
async function fetchTwice(feed: string): Promise<{ text: string; etag: string }> {
  await (await fetch(`http://127.0.0.1:${app.port}${feed}`)).text();
  const res = await fetch(`http://127.0.0.1:${app.port}${feed}`);
  expect(res.status).toBe(200);
  return { text: await res.text(), etag: res.headers.get("etag")! };
}

/** Fetches with If-None-Match: the change must come back as a 200 with a new ETag. */
async function fetchChanged(feed: string, etag: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${app.port}${feed}`, { headers: { "If-None-Match": etag } });
  expect(res.status).toBe(200);
  expect(res.headers.get("etag")).not.toBe(etag);
  return res.text();
}

describe("a change shows in feeds served from the caches", () => {
  it("a moved meeting: in the member's feed and in another person's feed of the same forum, with SEQUENCE raised", async () => {
    const member = await subscribe("jasen", "forum JOHTO");
    const swede = await subscribe("svensk", "forum JOHTO");
    const [a, b] = [await fetchTwice(member), await fetchTwice(swede)];
    expect(eventLines(a.text, "JOHTO-2027-1@")).toContain("DTSTART;TZID=Europe/Helsinki:20270310T130000");

    clock.advance(60_000);
    const before = requireMeeting(app.db, "JOHTO-2027-1");
    const startsAt = DateTime.fromISO("2027-03-17T10:00", { zone: "Europe/Helsinki" }).toMillis();
    change(app.db, "sihteeri", clock.now(), (tx) => updateMeeting(tx, before, { startsAt, endsAt: startsAt + 7_200_000 }, "moved", "sihteeri", clock.now()));

    for (const [feed, etag] of [
      [member, a.etag],
      [swede, b.etag],
    ] as const) {
      const lines = eventLines(await fetchChanged(feed, etag), "JOHTO-2027-1@");
      expect(lines).toContain("DTSTART;TZID=Europe/Helsinki:20270317T100000");
      expect(lines).toContain(`SEQUENCE:${before.sequence + 1}`);
    }
  });

  it("an answer given in chat: the member's PARTSTAT, while the meeting's other lines stay", async () => {
    const feed = await subscribe("sihteeri", "forum JOHTO");
    const { text, etag } = await fetchTwice(feed);
    const attendee = (lines: string[]) => lines.find((l) => l.startsWith("ATTENDEE") && l.endsWith(":mailto:jasen@example.fi"))!;
    expect(attendee(eventLines(text, "JOHTO-2027-2@"))).toContain("PARTSTAT=NEEDS-ACTION");

    clock.advance(60_000);
    const answered = await app.core.handleCommand({ user: { platform: "console", id: "jasen" }, text: "attend JOHTO-2027-2" });
    expect(answered.outcome).toBeUndefined();

    const after = await fetchChanged(feed, etag);
    expect(attendee(eventLines(after, "JOHTO-2027-2@"))).toContain("PARTSTAT=ACCEPTED");
    expect(attendee(eventLines(after, "JOHTO-2027-1@"))).toContain("PARTSTAT=NEEDS-ACTION");
  });

  it("a member renamed: the attendee's name in every meeting of the forum", async () => {
    const feed = await subscribe("jasen", "forum JOHTO");
    const { etag } = await fetchTwice(feed);
    app.db.update(people).set({ name: "Stina Uusinimi" }).where(eq(people.id, "svensk")).run();
    const text = await fetchChanged(feed, etag);
    for (const id of ["JOHTO-2027-1@", "JOHTO-2027-2@"]) {
      const lines = eventLines(text, id).join("\n");
      expect(lines).toContain('CN="Stina Uusinimi"');
      expect(lines).not.toContain("Stina Svensk");
    }
  });

  it("a change written by another process on the same file (the CLI): seen at the next fetch", async () => {
    const feed = await subscribe("jasen", "forum JOHTO");
    const { etag } = await fetchTwice(feed);
    const other = openDatabase(path, { migrate: false });
    const before = requireMeeting(other, "JOHTO-2027-2");
    change(other, "sihteeri", clock.now(), (tx) => updateMeeting(tx, before, { place: "Kokoushuone Merikotka" }, "moved", "sihteeri", clock.now()));
    other.$client.close();
    expect(eventLines(await fetchChanged(feed, etag), "JOHTO-2027-2@")).toContain("LOCATION:Kokoushuone Merikotka");
  });

  it("time alone: a meeting leaves the feed when it falls 12 months back, with nothing written", async () => {
    const feed = await subscribe("jasen", "forum JOHTO");
    const { text, etag } = await fetchTwice(feed);
    expect(eventLines(text, "JOHTO-2026-1@").length).toBeGreaterThan(0);
    clock.set(Date.parse("2027-02-15T10:00:00Z"));
    const later = await fetchChanged(feed, etag);
    expect(eventLines(later, "JOHTO-2026-1@")).toEqual([]);
    expect(eventLines(later, "JOHTO-2027-2@").length).toBeGreaterThan(0);
  });
});
