/**
 * THL Sotkanet figures (issue 20): a fetch of the demo's tied indicators from the loopback fake — regions, metadata,
 * json rows checked and stored for 11 areas × 5 years — against the same HTTP requests with their bodies only read
 * (baseline); and the goal view with fetched party values against the same view before any were fetched.
 */
import { readFileSync } from "node:fs";
import { pino } from "pino";
import { openDatabase } from "../db/connection.js";
import { ManualClock } from "../src/clock.js";
import { createCore } from "../src/commands/run.js";
import { DEMO_SEED_FILE, readConfig } from "../src/config.js";
import { importAgreement } from "../src/services/agreement/index.js";
import { findRegion } from "../src/services/regions.js";
import { createSotkanetClient } from "../src/services/sotkanet/client.js";
import { fetchFromSotkanet, tiedIndicators } from "../src/services/sotkanet/fetch.js";
import { REGIONS, startSotkanetFake } from "../test/support/sotkanet-fake.js";
import { heading, report, time } from "./lib.js";

export default async function sotkanetBench(): Promise<void> {
  heading("sotkanet");
  const fake = await startSotkanetFake();
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  for (const id of [5, 1086])
    fake.values.set(
      id,
      REGIONS.flatMap((r) => years.map((year) => ({ region: r.id, year, value: (r.id % 50) / 5 + (year - 2019) / 10 }))),
    );
  const db = openDatabase(":memory:");
  importAgreement(db, readFileSync(DEMO_SEED_FILE, "utf8"), { actor: "bench", now: 0, locale: "fi" });
  const region = findRegion(db)!;
  const now = Date.parse("2026-11-22T10:00:00Z");
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:", SOTKANET_URL: fake.url });
  const core = createCore({ db, clock: new ManualClock(now), config, log: pino({ level: "silent" }) });
  const goal = () => core.handleCommand({ user: { platform: "console", id: "marjatta.lehtinen" }, text: "tavoite T3" });
  const before = await time(goal, 200);

  const client = createSotkanetClient({ url: fake.url, timeoutMs: 10_000, userAgent: "Yhdyspinta-bench" });
  const indicators = tiedIndicators(db, region.id);
  const fetchAll = () => fetchFromSotkanet({ db, client, regionId: region.id, indicators, actor: "bench", now, zone: region.zone });
  const paths = [
    "/regions",
    "/indicators/1086",
    "/indicators/5",
    ...[1086, 5].map((id) => `/json?indicator=${id}&${years.map((y) => `years=${y}`).join("&")}&genders=total`),
  ];
  const rawRequests = async () => {
    for (const path of paths) await (await fetch(`${fake.url}${path}`, { headers: { "user-agent": "bench" } })).text();
  };
  report(
    "fetch 2 tied indicators for every coded party and the country, 5 years, checked and stored (re-fetch)",
    await time(fetchAll, 50),
    await time(rawRequests, 50),
  );
  report("goal view T3 with fetched party values (baseline: before the fetch)", await time(goal, 200), before);
  db.$client.close();
  await fake.close();
}
