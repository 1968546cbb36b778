/**
 * `npm run bench national`: flat latency over ten years of history for what is read over HTTP (issue 18, goal 2):
 * a calendar feed (built with nothing cached, and served), the meeting page, the invitation, the minutes, the annual
 * clock and the yearly report's downloads. The demo region with one year of its own history alone in its file (the
 * baseline) against the same region with ten years beside 21 more regions (bench/national.bench.ts), each served
 * by the real HTTP app on loopback, turn about. Goal: every page within 1.2×.
 */
import type { Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import type { Db } from "../db/connection.js";
import { ManualClock } from "../src/clock.js";
import { readConfig } from "../src/config.js";
import { createHttpApp, listen, portOf } from "../src/http/server.js";
import { change } from "../src/services/audit.js";
import { buildFeed } from "../src/services/feeds/build-feed.js";
import { loadFeedState } from "../src/services/feeds/feed-state.js";
import { createFeedToken } from "../src/services/feeds/tokens.js";
import { findRegion } from "../src/services/regions.js";
import { heading } from "./lib.js";
import { nationalFile, timeFlat } from "./national.bench.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const ADMIN = "marjatta.lehtinen";
const PUBLIC_URL = "https://yhdyspinta.example.fi";

interface Site {
  db: Db;
  server: Server;
  get: (path: string) => () => Promise<void>;
  buildFeed: () => void;
}

/** The real HTTP app on one file, the admin's region-wide feed, and a GET that reads the whole body. */
async function serve(db: Db): Promise<Site> {
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:", PUBLIC_URL });
  const server = await listen(createHttpApp({ db, config, clock: new ManualClock(NOW), log: pino({ level: "silent" }), idleMemory: false }), 0, "127.0.0.1");
  const base = `http://127.0.0.1:${portOf(server)}`;
  const get = (path: string) => async () => {
    const res = await fetch(`${base}${path}`, { headers: { "accept-encoding": "identity" } });
    const body = await res.arrayBuffer();
    if (res.status !== 200 || body.byteLength === 0) throw new Error(`${path}: ${res.status}`);
  };
  const region = findRegion(db)!;
  const { row } = change(db, ADMIN, NOW, (tx, audit) => createFeedToken(tx, ADMIN, { scope: "region" }, NOW, audit));
  return { db, server, get, buildFeed: () => void buildFeed(db, loadFeedState(db, row, NOW, PUBLIC_URL, region.defaultLocale)!) };
}

export default async function nationalPagesBench(): Promise<void> {
  heading("national pages: what is read over HTTP, the demo region with one year alone vs ten years beside 21 more regions");
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-bench-national-pages-"));
  const demo = await serve(nationalFile(dir, "demo.db", { regions: 0, years: 1 }));
  const country = await serve(nationalFile(dir, "national.db", { regions: 21, years: 10 }));
  // The same meeting on both: the demo region's first JOHTO meeting of 2025, with its minutes.
  const meeting = demo.db.$client.prepare("select id, page_key pageKey, minutes_key minutesKey from meetings where id = 'JOHTO-2025-1'").get() as {
    id: string;
    pageKey: string;
    minutesKey: string;
  };
  const keysOn = (db: Db) => db.$client.prepare("select page_key pageKey, minutes_key minutesKey from meetings where id = ?").get(meeting.id) as typeof meeting;
  const indicator = (demo.db.$client.prepare("select code from indicators order by id limit 1").get() as { code: string }).code;
  const pages: [string, (site: Site) => () => unknown][] = [
    ["feed, region, built with nothing cached", (s) => s.buildFeed],
    ["GET /ical/<token>.ics (served)", (s) => s.get(`/ical/${feedTokenOf(s)}.ics`)],
    ["GET /meetings/JOHTO-2025-1", (s) => s.get(`/meetings/${meeting.id}`)],
    ["GET /invites/JOHTO-2025-1/<key>.ics", (s) => s.get(`/invites/${meeting.id}/${keysOn(s.db).pageKey}.ics`)],
    ["GET /minutes/JOHTO-2025-1/<key>.html", (s) => s.get(`/minutes/${meeting.id}/${keysOn(s.db).minutesKey}.html`)],
    ["GET /annual-clock/2025.svg", (s) => s.get("/annual-clock/2025.svg")],
    ["GET /reports/2025.html", (s) => s.get("/reports/2025.html")],
    ["GET /reports/2025.csv", (s) => s.get("/reports/2025.csv")],
    [`GET /reports/2025/${indicator}.svg`, (s) => s.get(`/reports/2025/${encodeURIComponent(indicator)}.svg`)],
  ];
  const byName = new Map(pages);
  await timeFlat(
    pages.map(([page]) => page),
    (page) => byName.get(page)!(country),
    (page) => byName.get(page)!(demo),
  );
  for (const site of [demo, country]) {
    await new Promise<void>((resolve) => site.server.close(() => resolve()));
    site.db.$client.close();
  }
  rmSync(dir, { recursive: true, force: true });
}

const TOKENS = new WeakMap<Site, string>();
function feedTokenOf(site: Site): string {
  let token = TOKENS.get(site);
  if (!token) {
    token = change(site.db, ADMIN, NOW, (tx, audit) => createFeedToken(tx, ADMIN, { scope: "region" }, NOW, audit)).token;
    TOKENS.set(site, token);
  }
  return token;
}
