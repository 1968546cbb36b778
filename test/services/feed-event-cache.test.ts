/**
 * A feed built from the caches (each meeting's events kept by version, issue 18 §5) is byte for byte the feed built
 * from scratch: for every scope, several people and all three languages, with the cache empty, full, and shared by
 * all of them, on the demo region with two years of history (published agendas, answers, deputies, cancellations).
 */
import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { seedIfEmpty } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { change } from "../../src/services/audit.js";
import { buildCachedFeed, buildFeed } from "../../src/services/feeds/build-feed.js";
import { FeedEventCache } from "../../src/services/feeds/event-cache.js";
import { loadFeedHead, loadFeedState } from "../../src/services/feeds/feed-state.js";
import { createFeedToken, type FeedTarget } from "../../src/services/feeds/tokens.js";
import { listForums } from "../../src/services/forums.js";
import { addNationalDataset } from "../../src/services/national/national-dataset.js";
import { findRegion } from "../../src/services/regions.js";
import { openTestDb } from "../support/db.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const URL = "https://yhdyspinta.example.fi";
let db: Db;

beforeAll(() => {
  db = openTestDb();
  seedIfEmpty(db, readConfig({ NODE_ENV: "test" }).seedFile, new ManualClock(NOW), pino({ level: "silent" }));
  addNationalDataset(db, { now: NOW, regions: 0, years: 2, seed: 18 });
});

describe("a feed from the event cache", () => {
  it("is the feed rendered from scratch, for every scope, person and language, whether the cache is empty or full", () => {
    const region = findRegion(db)!;
    const forums = listForums(db, region.id);
    const owners = [
      "marjatta.lehtinen",
      ...(db.$client.prepare("select id from people where id != 'marjatta.lehtinen' order by id limit 3").all() as { id: string }[]).map((p) => p.id),
    ];
    const partyId = (db.$client.prepare("select party_id from people where id = ?").get(owners[1]) as { party_id: string }).party_id;
    const targets: FeedTarget[] = [
      { scope: "forum", forumId: forums[0]!.id },
      { scope: "forum", forumId: forums[1]!.id },
      { scope: "party", partyId },
      { scope: "region" },
      { scope: "person" },
    ];
    const cache = new FeedEventCache();
    let events = 0;
    for (const round of ["empty", "full"]) {
      for (const owner of owners) {
        for (const target of targets) {
          const { row } = change(db, owner, NOW, (tx, audit) => createFeedToken(tx, owner, target, NOW, audit));
          for (const lang of ["fi", "sv", "en"]) {
            const expected = buildFeed(db, loadFeedState(db, row, NOW, URL, lang)!);
            expect(buildCachedFeed(db, loadFeedHead(db, row, NOW, URL, lang)!, cache), `${round} ${owner} ${target.scope} ${lang}`).toBe(expected);
            events += expected.split("BEGIN:VEVENT").length - 1;
          }
        }
      }
    }
    expect(events).toBeGreaterThan(1000);
    expect(cache.size).toBeGreaterThan(100);
  });
});
