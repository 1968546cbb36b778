/**
 * `npm run bench feed`: a feed of 1,000 events (500 meetings and their agenda deadlines, members with answers)
 * served over loopback by our HTTP server, against ical-generator serialising the same 1,000 events alone with the
 * same line folding as ours (its own folding costs ten times the rest; issue 18 §5), turn about in one run (goal
 * ≤ 1.3×); our rendering from plain data with nothing cached against the same; the size plain and gzipped and the
 * gzipped full path; then the 304 path against the full path (goal: 304 at least 10× faster). Each full-path
 * request uses its own token, so none is answered from the rendered-feed cache; each meeting's events come from the
 * event cache after the first request, as they do for every feed but the first that shows them.
 */
import type { Server } from "node:http";
import { request } from "node:http";
import { gzipSync } from "node:zlib";
import ical, { type ICalEventData } from "ical-generator";
import { DateTime } from "luxon";
import { pino } from "pino";
import { openDatabase } from "../db/connection.js";
import { meetingResponses, meetings } from "../db/schema/index.js";
import type { CalendarEntry, FeedData } from "../src/calendar/calendar-data.js";
import { foldLines } from "../src/calendar/fold-lines.js";
import { renderFeed } from "../src/calendar/render-feed.js";
import { ManualClock } from "../src/clock.js";
import { readConfig } from "../src/config.js";
import { createHttpApp, listen, portOf } from "../src/http/server.js";
import { change } from "../src/services/audit.js";
import { feedData } from "../src/services/feeds/build-feed.js";
import { loadFeedState } from "../src/services/feeds/feed-state.js";
import { createFeedToken } from "../src/services/feeds/tokens.js";
import { buildWorld } from "../test/builders.js";
import { heading, report, time, timePair } from "./lib.js";

const PUBLIC_URL = "https://yhdyspinta.example.fi";
const MEETINGS = 500;
const RUNS = 40;
const NOW = Date.parse("2027-01-15T10:00:00Z");

/** The same events as ical-generator input: local times with their zone, attendees with answers. */
function generatorEvents(entry: CalendarEntry, data: FeedData): ICalEventData[] {
  const { meeting } = entry;
  const local = (ms: number) => DateTime.fromMillis(ms, { zone: meeting.zone });
  const common = { sequence: meeting.sequence, stamp: new Date(meeting.updatedAt), timezone: meeting.zone, url: `${data.publicUrl}/meetings/${meeting.id}` };
  return [
    {
      ...common,
      id: `${meeting.id}@${data.uidDomain}`,
      start: local(meeting.startsAt),
      end: local(meeting.endsAt),
      summary: `${entry.forum.names.fi} – kokous`,
      location: meeting.place,
      description: `Kokouksen sivu: ${common.url}`,
      organizer: { name: entry.organizer.name, email: entry.organizer.email },
      attendees: entry.attendees.map((a) => ({ name: a.name, email: a.email, rsvp: false })),
    },
    {
      ...common,
      id: `${meeting.id}-deadline@${data.uidDomain}`,
      start: local(entry.agendaDeadline),
      end: local(entry.agendaDeadline + 900_000),
      summary: `Esityslistaehdotukset viimeistään: ${entry.forum.names.fi}`,
    },
  ];
}

/**
 * ical-generator's calendar with its events, folded by our fold (src/calendar/fold-lines.ts, the same output):
 * ical-generator 10.2 folds the whole text at the end with a TextEncoder per character, which alone takes seconds
 * for 1,000 events and would make any comparison with it flatter us (issue 18 §5). Its events' text is unfolded,
 * so it goes between the calendar's own first and last lines, and the whole is folded once, as it does.
 */
function generatorWithFastFold(events: ICalEventData[]): string {
  const calendar = ical({ ttl: 3600, events });
  const body = calendar
    .events()
    .map((e) => e.toString())
    .join("");
  const shell = ical({ ttl: 3600 }).toString();
  return foldLines(shell.replace("END:VCALENDAR", `${body}END:VCALENDAR`));
}

/** GET with Accept-Encoding: gzip, returning the bytes as sent (fetch would inflate them). */
function fetchGzip(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => (res.headers["content-encoding"] === "gzip" ? resolve(Buffer.concat(chunks)) : reject(new Error("not gzipped"))));
    })
      .on("error", reject)
      .end();
  });
}

export default async function feedBench(): Promise<void> {
  heading("feed: GET /ical/<token>.ics, 1,000 events");
  const db = openDatabase(":memory:");
  const w = buildWorld(db);
  const first = DateTime.fromISO("2027-01-20T13:00", { zone: "Europe/Helsinki" });
  db.transaction((tx) => {
    for (let i = 0; i < MEETINGS; i++) {
      const start = first.plus({ days: i * 2 });
      tx.insert(meetings)
        .values({
          id: `JOHTO-B-${i + 1}`,
          forumId: w.forum.id,
          year: start.year,
          number: 1000 + i,
          startsAt: start.toMillis(),
          endsAt: start.plus({ hours: 2 }).toMillis(),
          zone: "Europe/Helsinki",
          place: `Kaupungintalo, sali ${i % 7}`,
          pageKey: `key-${i}`,
          minutesKey: `minutes-key-${i}`,
          createdAt: NOW,
          updatedAt: NOW,
          sequence: i % 3,
        })
        .run();
    }
  });
  // Every member answers every meeting, so the feed carries PARTSTATs as in real use.
  db.transaction((tx) => {
    for (let i = 0; i < MEETINGS; i++) {
      for (const [personId, answer] of [
        ["jasen", "attend"],
        ["svensk", "decline"],
      ] as const) {
        tx.insert(meetingResponses)
          .values({ meetingId: `JOHTO-B-${i + 1}`, personId, answer, answeredAt: NOW })
          .run();
      }
    }
  });
  const tokens = Array.from({ length: RUNS * 8 + 40 }, () =>
    change(db, "jasen", NOW, (tx, audit) => createFeedToken(tx, "jasen", { scope: "forum", forumId: w.forum.id }, NOW, audit)),
  );
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:", PUBLIC_URL });
  const server: Server = await listen(createHttpApp({ db, config, clock: new ManualClock(NOW), log: pino({ level: "silent" }) }), 0, "127.0.0.1");
  const base = `http://127.0.0.1:${portOf(server)}`;

  // The same events, built once, serialised by ical-generator alone with our line folding.
  const state = loadFeedState(db, tokens[0]!.row, NOW, PUBLIC_URL)!;
  const data = feedData(db, state);
  const events = data.entries.flatMap((entry) => generatorEvents(entry, data));
  if (generatorWithFastFold(events) !== ical({ ttl: 3600, events }).toString()) throw new Error("the fast fold changed ical-generator's text");
  const slowFold = await time(() => ical({ ttl: 3600, events }).toString(), Math.max(3, RUNS / 10), 1);
  console.log(`  baseline: ical-generator's own text with our line folding (with its own folding it takes ${slowFold.p50.toFixed(0)} ms)`);

  let next = 0;
  const fetchFull = async () => {
    const res = await fetch(`${base}/ical/${tokens[next++ % tokens.length]!.token}.ics`);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    return res.text();
  };
  const body = await fetchFull();
  const count = body.split("BEGIN:VEVENT").length - 1;
  if (count !== MEETINGS * 2) throw new Error(`expected ${MEETINGS * 2} events, got ${count}`);
  const [full, generator] = await timePair(fetchFull, () => generatorWithFastFold(events), RUNS);
  report(
    `served over loopback, uncached (${count} events; each meeting's events from the event cache) vs ical-generator alone, same folding`,
    full,
    generator,
    "≤ 1.3×",
  );
  report(
    "our rendering from plain data, nothing cached, vs ical-generator alone, same folding",
    ...(await timePair(
      () => renderFeed(data),
      () => generatorWithFastFold(events),
      RUNS,
    )),
  );

  const plainBytes = Buffer.byteLength(body);
  const gzipped = await fetchGzip(`${base}/ical/${tokens[next++ % tokens.length]!.token}.ics`);
  console.log(
    `  size: ${(plainBytes / 1000).toFixed(0)} kB plain, ${(gzipped.length / 1000).toFixed(1)} kB gzipped on the wire (${(plainBytes / gzipped.length).toFixed(1)}× smaller; gzip -6 of the body alone: ${(gzipSync(body).length / 1000).toFixed(1)} kB)`,
  );
  const fullGzip = await time(() => fetchGzip(`${base}/ical/${tokens[next++ % tokens.length]!.token}.ics`), RUNS);
  report("gzipped full path vs plain full path", fullGzip, full);

  const fixed = tokens[0]!.token;
  const etag = (await fetch(`${base}/ical/${fixed}.ics`)).headers.get("etag")!;
  const notModified = async () => {
    const res = await fetch(`${base}/ical/${fixed}.ics`, { headers: { "If-None-Match": etag } });
    if (res.status !== 304) throw new Error(`status ${res.status}`);
    await res.arrayBuffer();
  };
  report("304 (If-None-Match) vs full path", ...(await timePair(notModified, fetchFull, RUNS)), "≤ 0.1×, i.e. 304 at least 10× faster");
  const cached = async () => (await fetch(`${base}/ical/${fixed}.ics`)).text();
  report("200 from the rendered-feed cache vs full path", ...(await timePair(cached, fetchFull, RUNS)));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  db.$client.close();
}
