/**
 * Golden comparison on the national dataset (issue 18): decision search and the yearly report give what they gave
 * before they were rewritten for ten years of history (FTS5 search, labels in one query). The files under
 * test/fixtures/golden/ were written by the earlier implementation; a difference here is a change people would see.
 */
import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.js";
import { seedIfEmpty } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { searchDecisions } from "../../src/services/decisions/search.js";
import { listForums } from "../../src/services/forums.js";
import { requireGoal } from "../../src/services/goals/queries.js";
import { addNationalDataset } from "../../src/services/national/national-dataset.js";
import { findRegion } from "../../src/services/regions.js";
import { buildYearReport } from "../../src/services/report/build.js";
import { reportDocumentFile } from "../../src/services/report/files.js";
import { openTestDb } from "../support/db.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
let db: Db;

beforeAll(() => {
  db = openTestDb();
  seedIfEmpty(db, readConfig({ NODE_ENV: "test" }).seedFile, new ManualClock(NOW), pino({ level: "silent" }));
  addNationalDataset(db, { now: NOW, regions: 1, years: 3, seed: 18 });
});

/** Every match of a search, as ids: newest first without words; sorted by id with words (their order is by rank). */
function matches(query: { forum?: string; goal?: string; year?: number; words?: string }): { count: number; ids: number[] } {
  const region = findRegion(db)!;
  const forums = listForums(db, region.id).filter((f) => !query.forum || f.code === query.forum);
  const found = searchDecisions(
    db,
    {
      regionId: region.id,
      forumIds: forums.map((f) => f.id),
      ...(query.goal ? { goalId: requireGoal(db, region.id, query.goal).id } : {}),
      ...(query.year ? { year: query.year } : {}),
      ...(query.words ? { words: query.words } : {}),
    },
    { limit: 100_000 },
  );
  expect(found.rows).toHaveLength(found.total);
  const ids = found.rows.map((d) => d.id);
  return { count: ids.length, ids: query.words ? [...ids].sort((a, b) => a - b) : ids };
}

const QUERIES = [
  {},
  { forum: "JOHTO" },
  { year: 2024 },
  { goal: "T3" },
  { goal: "T3", year: 2025 },
  { words: "hyvinvointi" },
  { words: "Hyvinvointikertomus arviointi" },
  { words: "äänekoski" },
  { words: "kertomus" },
  { words: "välfärdsberättelse" },
  { forum: "ANK", words: "lausunto", year: 2025 },
  { words: "ei-tällaista-sanaa" },
];

describe("golden comparison on the national dataset", () => {
  it("decision search finds the same decisions", async () => {
    const results = QUERIES.map((q) => ({ query: q, ...matches(q) }));
    expect(results.find((r) => JSON.stringify(r.query) === "{}")!.count).toBeGreaterThan(500);
    await expect(JSON.stringify(results, null, 1)).toMatchFileSnapshot("../fixtures/golden/decision-search.json");
  });

  it("the yearly report has the same contents", async () => {
    const region = findRegion(db)!;
    for (const year of [2024, 2025]) {
      const report = buildYearReport(db, region, year, NOW);
      await expect(reportDocumentFile(db, report, "fi", "md")).toMatchFileSnapshot(`../fixtures/golden/report-${year}-fi.md`);
      await expect(reportDocumentFile(db, report, "sv", "csv")).toMatchFileSnapshot(`../fixtures/golden/report-${year}-sv.csv`);
      const publicOnly = buildYearReport(db, region, year, NOW, (f) => f.isPublic);
      await expect(reportDocumentFile(db, publicOnly, "en", "md")).toMatchFileSnapshot(`../fixtures/golden/report-${year}-public-en.md`);
    }
  });
});
