/**
 * The goal list reads only each indicator's latest two years (issue 18); it must show the statuses the goal view
 * shows from every year. Each goal here has one indicator with ten years of values and no measures, so the goal's
 * status is its indicator's. Every indicator is built so that a cut by the wrong rule (the last two rows instead of
 * years, years counted with the country's or another gender's values, years counted per source) changes its status.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/connection.js";
import { indicatorObservations } from "../../../db/schema/index.js";
import { importAgreement } from "../../../src/services/agreement/index.js";
import { overviewsOf } from "../../../src/services/goals/overview.js";
import { listGoals } from "../../../src/services/goals/queries.js";
import { createTestCore, type TestCore } from "../../support/core.js";
import { openTestDb } from "../../support/db.js";
import { buildGoal, buildIndicator, buildIndicatorValue } from "../../support/goal-builders.js";

const ADMIN = "marjatta.lehtinen";
const NOW = Date.parse("2026-11-22T10:00:00Z");
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
let db: Db;
let bot: TestCore;

function observe(indicatorId: number, area: string, year: number, value: number, source: "sotkanet" | "csv", gender = "total") {
  const partyId = area === "region" || area === "country" ? null : area;
  db.insert(indicatorObservations).values({ indicatorId, area, partyId, year, gender, value, source, fetchedAt: 0, fetchedBy: "test" }).run();
}

/** A goal of its own (in a workbook area of its own) with one indicator: baseline 10, target 20, higher is better. */
function goalWithIndicator(code: string) {
  const agreementId = listGoals(db, "keski-pohjanmaa")[0]!.agreementId;
  const goal = buildGoal(db, agreementId, { code, area: `Testi ${code}`, position: 100 });
  return buildIndicator(db, goal.id, { code: `${code}-M1`, baselineValue: 10, baselineYear: 2015, targetValue: 20, targetYear: 2028 });
}

beforeAll(() => {
  db = openTestDb();
  const yaml = readFileSync("examples/keski-pohjanmaa.yml", "utf8");
  expect(importAgreement(db, yaml, { actor: "import", now: 0, locale: "fi" }).ok).toBe(true);

  // X1: worse than the baseline for eight years, improving in the last two, and down in the last step.
  const x1 = goalWithIndicator("X1");
  for (const [i, year] of YEARS.entries()) buildIndicatorValue(db, x1.id, year, i < 8 ? 5 + i / 10 : year === 2024 ? 16 : 15);

  // X2: a region-wide value reaching the target every year but the last, which has only three parties' values, whose
  // mean (9) is worse than the baseline; the last two of them alone would be better (12.5).
  const x2 = goalWithIndicator("X2");
  for (const year of YEARS.slice(0, -1)) buildIndicatorValue(db, x2.id, year, 25);
  buildIndicatorValue(db, x2.id, 2025, 2, "kannus");
  buildIndicatorValue(db, x2.id, 2025, 16, "kokkola");
  buildIndicatorValue(db, x2.id, 2025, 9, "veteli");

  // X3: typed values reaching the target up to 2023; the county's value fetched for 2024 stands for the region and is
  // worse than the baseline. The country (2025, 2026) and another gender (2025) have later years that never count.
  const x3 = goalWithIndicator("X3");
  for (const year of YEARS.slice(0, 8)) buildIndicatorValue(db, x3.id, year, 21);
  for (const year of YEARS.slice(0, 9)) observe(x3.id, "hva", year, 6, "sotkanet");
  observe(x3.id, "country", 2025, 30, "sotkanet");
  observe(x3.id, "country", 2026, 30, "sotkanet");
  observe(x3.id, "hva", 2025, 30, "sotkanet", "female");

  // X4: a party's fetched values for ten years (improving); in its last year a CSV value counts over the fetched one
  // and reaches the target. A typed value for the same party in 2020 only.
  const x4 = goalWithIndicator("X4");
  for (const [i, year] of YEARS.entries()) observe(x4.id, "kannus", year, 11 + i / 10, "sotkanet");
  observe(x4.id, "kannus", 2025, 22, "csv");
  buildIndicatorValue(db, x4.id, 2020, 9, "kannus");

  // X5: typed values up to 2018 only, fetched values from 2019 on: the last two years come from different sources.
  const x5 = goalWithIndicator("X5");
  for (const year of YEARS.slice(0, 3)) buildIndicatorValue(db, x5.id, year, 25);
  for (const year of YEARS.slice(3)) observe(x5.id, "region", year, year === 2025 ? 10 : 12, "sotkanet");

  bot = createTestCore(db, NOW);
});

describe("the goal list with ten years of values", () => {
  it("shows each goal's status as its goal view does", async () => {
    const list = await bot.say(ADMIN, "tavoitteet");
    expect(list).toMatch(/X1 Tavoite X1 — etenee/);
    expect(list).toMatch(/X2 Tavoite X2 — jäljessä/);
    expect(list).toMatch(/X3 Tavoite X3 — jäljessä/);
    expect(list).toMatch(/X4 Tavoite X4 — saavutettu/);
    expect(list).toMatch(/X5 Tavoite X5 — ei aloitettu/);

    expect(await bot.say(ADMIN, "tavoite X1")).toContain("viimeisin 15 (2025) ↓ — parantunut");
    expect(await bot.say(ADMIN, "tavoite X2")).toContain("viimeisin 9 (2025) ↓ — lähtötasoa heikompi");
    expect(await bot.say(ADMIN, "tavoite X3")).toContain("viimeisin 6 (2024) ↓ — lähtötasoa heikompi");
    expect(await bot.say(ADMIN, "tavoite X4")).toContain("viimeisin 22 (2025) ↑ — tavoite saavutettu");
    expect(await bot.say(ADMIN, "tavoite X5")).toContain("viimeisin 10 (2025) ↓ — ennallaan");
  });

  it("derives every indicator's status and trend from its latest two years as from all its years, up to any year", () => {
    const goals = listGoals(db, "keski-pohjanmaa");
    for (const upToYear of [undefined, 2026, 2025, 2024, 2023, 2019, 2016, 2015]) {
      const judged = (statusOnly: boolean) =>
        overviewsOf(db, goals, NOW, "Europe/Helsinki", upToYear, { statusOnly }).flatMap((o) => [
          `${o.goal.code} ${o.status}`,
          ...o.indicators.map((i) => `${i.indicator.code} ${i.status} ${i.trend} ${JSON.stringify(i.series.slice(-2))}`),
        ]);
      expect(judged(true)).toEqual(judged(false));
    }
  });
});
