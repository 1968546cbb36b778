/**
 * `npm run bench national`: flat latency over ten years of history (issue 18). Every chat command on the demo
 * region with one year of its own history (the baseline: a region in its first year of use, alone in its file),
 * against the same region with ten years of history in a file that also holds 21 more regions with theirs (the
 * national dataset of src/services/national: ~16,600 meetings, ~65,000 decisions). Commands run on the two turn
 * about (bench/lib.ts timePair). Goal: every command within 1.2×.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pino } from "pino";
import { type Db, openDatabase } from "../db/connection.js";
import { seedIfEmpty } from "../src/app.js";
import { ManualClock } from "../src/clock.js";
import { createCore } from "../src/commands/run.js";
import type { Reply } from "../src/conversation/reply.js";
import { readConfig } from "../src/config.js";
import { addNationalDataset } from "../src/services/national/national-dataset.js";
import { heading, report, timePair } from "./lib.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const ADMIN = "marjatta.lehtinen";
/** Each command gets about this much time on each file; fast ones up to MAX_RUNS runs. */
const BUDGET_MS = 1500;
const MAX_RUNS = 300;
const MIN_RUNS = 15;

export const NATIONAL_COMMANDS = [
  "forums",
  "forum JOHTO",
  "whoami",
  "calendar",
  "calendar all",
  "duties",
  "duties term",
  "year",
  "agenda JOHTO",
  "decisions",
  "decisions hyvinvointi",
  "decisions aanekoski",
  "decisions #T3",
  "decisions JOHTO 2025",
  "decisions lausunto page 2",
  "decision JOHTO §4/2025",
  "minutes JOHTO-2025-1",
  "goals",
  "goal T1",
  "indicator T1-M1",
  "measure T1-T1",
  "report 2025",
  "reminders",
];

/**
 * Times each named thing on the national file against the one-year file, turn about, each within about `BUDGET_MS`
 * on each file; prints each ratio (and `remark`'s line under it, if any), then the worst against the goal of 1.2×.
 */
export async function timeFlat(
  names: readonly string[],
  national: (name: string) => () => unknown,
  oneYear: (name: string) => () => unknown,
  remark?: (name: string) => Promise<string | undefined>,
): Promise<void> {
  const started = performance.now();
  let worst = { name: "", ratio: 0 };
  for (const name of names) {
    const probe = performance.now();
    for (let i = 0; i < 3; i++) await national(name)();
    const each = (performance.now() - probe) / 3;
    const runs = Math.max(MIN_RUNS, Math.min(MAX_RUNS, Math.floor(BUDGET_MS / Math.max(each, 0.01))));
    const [ours, base] = await timePair(national(name), oneYear(name), runs, Math.min(10, runs));
    report(`\`${name}\` national vs one year`, ours, base, "≤ 1.2×");
    const note = await remark?.(name);
    if (note) console.log(`  (${note})`);
    if (ours.p50 / base.p50 > worst.ratio) worst = { name, ratio: ours.p50 / base.p50 };
  }
  console.log(
    `worst: \`${worst.name}\` ${worst.ratio.toFixed(2)}× (goal ≤ 1.2×) — ${worst.ratio <= 1.2 ? "met" : "NOT met"}; timed in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** An answer's length as a reader sees it: its heading and its list's lines. */
function lengthOf(reply: Reply): string {
  const heading = reply.blocks.find((b) => b.kind === "heading");
  const lines = reply.blocks.reduce((n, b) => n + (b.kind === "list" ? b.items.length : 0), 0);
  return `"${heading?.kind === "heading" ? heading.text : ""}", ${lines} lines`;
}

/** A database file with the demo region seeded as at first start, then the national dataset of the given size. */
export function nationalFile(dir: string, name: string, size: { regions: number; years: number }): Db {
  const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: join(dir, name) });
  const db = openDatabase(config.databasePath);
  seedIfEmpty(db, config.seedFile, new ManualClock(NOW), pino({ level: "silent" }));
  addNationalDataset(db, { now: NOW, ...size });
  // Fold the bulk write into the main file and give the planner its statistics, as a long-running database has.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.pragma("optimize");
  return db;
}

export default async function nationalBench(): Promise<void> {
  heading("national: the demo region with one year of history alone vs ten years beside 21 more regions");
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-bench-national-"));
  const log = pino({ level: "silent" });
  const clock = new ManualClock(NOW);
  const started = performance.now();
  const demo = nationalFile(dir, "demo.db", { regions: 0, years: 1 });
  const country = nationalFile(dir, "national.db", { regions: 21, years: 10 });
  const count = (db: Db) =>
    db.$client
      .prepare(
        "select (select count(*) from regions) regions, (select count(*) from parties) parties, (select count(*) from meetings) meetings, (select count(*) from decisions) decisions, (select count(*) from agenda_items) agendaItems, (select count(*) from reminders) reminders, (select count(*) from audit_log) auditRows",
      )
      .get();
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`baseline: ${JSON.stringify(count(demo))}`);
  console.log(`national: ${JSON.stringify(count(country))}`);
  const runner = (db: Db) => {
    const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: ":memory:" });
    const core = createCore({ db, clock, config, log });
    return (text: string) => () => core.handleCommand({ user: { platform: "console", id: ADMIN }, text });
  };
  const onDemo = runner(demo);
  const onCountry = runner(country);
  // Where the answers differ in length (a search whose matches grow with the years), say so beside the ratio.
  await timeFlat(NATIONAL_COMMANDS, onCountry, onDemo, async (command) => {
    const [long, short] = [await onCountry(command)(), await onDemo(command)()].map(lengthOf);
    return long === short ? undefined : `the answers differ: ${long} national vs ${short} one year`;
  });
  demo.$client.close();
  country.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
