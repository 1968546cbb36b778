/**
 * `npm run bench calendar`: `calendar` and `duties` on the demo region alone in its database file, and on the same
 * region in a file that also holds a generated national dataset (22 regions' forums, 308 municipalities, 10 years
 * of meetings). Prints both and the ratio (goal ≤ 1.2×): the calendar's queries must use indexes, not scan the country.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { pino } from "pino";
import { openDatabase, type Db } from "../db/connection.js";
import { seedIfEmpty } from "../src/app.js";
import { ManualClock } from "../src/clock.js";
import { readConfig } from "../src/config.js";
import { createCore } from "../src/commands/run.js";
import { findRegion } from "../src/services/regions.js";
import { listPeople } from "../src/services/people.js";
import { heading, report, timePair } from "./lib.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const OTHER_REGIONS = 21;
const MUNICIPALITIES = 308;
const YEARS = 10;
/** Each command runs on the two files turn about (bench/lib.ts timePair), so load on the machine hits both alike. */
const RUNS = 300;
const COMMANDS = ["calendar", "calendar all", "duties", "duties term"];

/** The other 21 regions: parties, people, forums with members, and ten years of meetings, written in one go. */
export function addNationalDataset(db: Db, demoMunicipalities: number): number {
  const sqlite = db.$client;
  const ins = {
    region: sqlite.prepare(
      "insert into regions (id, names, zone, default_locale, languages, settings) values (?, ?, 'Europe/Helsinki', 'fi', '[\"fi\"]', '{}')",
    ),
    term: sqlite.prepare("insert into council_terms (region_id, starts_on, ends_on, position) values (?, ?, ?, ?)"),
    party: sqlite.prepare("insert into parties (id, region_id, kind, names, position) values (?, ?, ?, ?, ?)"),
    person: sqlite.prepare("insert into people (id, region_id, name, email, party_id, roles, position) values (?, ?, ?, ?, ?, '[]', ?)"),
    forum: sqlite.prepare(
      "insert into forums (region_id, code, kind, names, cadence, is_public, follows_up_agreement, secretary_id, position) values (?, ?, ?, ?, ?, 1, ?, ?, ?) returning id",
    ),
    member: sqlite.prepare("insert into forum_members (forum_id, person_id, role, position) values (?, ?, 'member', ?)"),
    meeting: sqlite.prepare(
      "insert into meetings (id, forum_id, year, number, starts_at, ends_at, zone, status, sequence, page_key, minutes_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'Europe/Helsinki', ?, 0, ?, ?, 0, 0)",
    ),
  };
  const perYear: Record<string, number> = { monthly: 12, quarterly: 4, half_yearly: 2, yearly: 1, per_term: 1, as_needed: 2 };
  let meetings = 0;
  const remaining = MUNICIPALITIES - demoMunicipalities;
  sqlite.transaction(() => {
    for (let r = 0; r < OTHER_REGIONS; r++) {
      const region = `r${r}`;
      ins.region.run(region, JSON.stringify({ fi: `Alue ${r}` }));
      [
        ["2022-03-01", "2025-05-31"],
        ["2025-06-01", "2029-05-31"],
      ].forEach(([a, b], i) => {
        ins.term.run(region, a, b, i);
      });
      const municipalities = Math.floor(remaining / OTHER_REGIONS) + (r < remaining % OTHER_REGIONS ? 1 : 0);
      ins.party.run(`${region}-hva`, region, "wellbeing_county", JSON.stringify({ fi: `HVA ${r}` }), 0);
      const people: string[] = [];
      for (let m = 0; m <= municipalities; m++) {
        const party = m === 0 ? `${region}-hva` : `${region}-k${m}`;
        if (m > 0) ins.party.run(party, region, "municipality", JSON.stringify({ fi: `Kunta ${r}-${m}` }), m);
        for (let p = 0; p < 4; p++) {
          const id = `${region}-p${m}-${p}`;
          ins.person.run(id, region, `Henkilö ${id}`, `${id}@example.fi`, party, people.length);
          people.push(id);
        }
      }
      const forums: [string, string, string, boolean][] = [
        ["PJF", "chairs_forum", "yearly", false],
        ["HPJF", "board_chairs_forum", "half_yearly", false],
        ["JOHTO", "top_management_forum", "half_yearly", true],
        ["HYTE", "hyte_negotiation", "yearly", false],
        ["NEUV14", "term_negotiation", "per_term", false],
        ["ANK", "advisory_board", "quarterly", false],
        ...["LAPSET", "OPPILAS", "VARAUTUMINEN", "TYO"].map((c): [string, string, string, boolean] => [c, "network", "monthly", false]),
        ...Array.from({ length: municipalities }, (_, m): [string, string, string, boolean] => [`KAHD${m + 1}`, "bilateral", "as_needed", false]),
      ];
      forums.forEach(([code, kind, cadence, follows], position) => {
        const { id } = ins.forum.get(region, code, kind, JSON.stringify({ fi: code }), cadence, follows ? 1 : 0, people[0], position) as { id: number };
        for (let k = 0; k < 10; k++) ins.member.run(id, people[(position * 7 + k * 3) % people.length], k);
        for (let y = 0; y < YEARS; y++) {
          const year = 2017 + y;
          const n = cadence === "per_term" ? (year % 4 === 1 ? 1 : 0) : perYear[cadence]!;
          for (let i = 0; i < n; i++) {
            const start = DateTime.fromObject({ year, month: 1 + Math.floor((12 * i) / n), day: 10 + (position % 10), hour: 13 }, { zone: "Europe/Helsinki" });
            ins.meeting.run(
              `${region}-${code}-${year}-${i + 1}`,
              id,
              year,
              i + 1,
              start.toMillis(),
              start.plus({ hours: 2 }).toMillis(),
              year < 2026 ? "held" : "scheduled",
              `${region}-${code}-${year}-${i}`,
              `m-${region}-${code}-${year}-${i}`,
            );
            meetings++;
          }
        }
      });
    }
  })();
  return meetings;
}

export default async function calendarBench(): Promise<void> {
  heading("calendar: demo region alone vs the same region beside a national dataset (one file)");
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-bench-calendar-"));
  const log = pino({ level: "silent" });
  const clock = new ManualClock(NOW);
  /** A database file with the demo region seeded as at first start, and a core on it. */
  const open = (name: string) => {
    const config = readConfig({ NODE_ENV: "test", DATABASE_PATH: join(dir, name) });
    const db = openDatabase(config.databasePath);
    seedIfEmpty(db, config.seedFile, clock, log);
    const admin = listPeople(db, findRegion(db)!.id).find((p) => p.roles.includes("admin"))!;
    const core = createCore({ db, clock, config, log });
    const run = (text: string) => () => core.handleCommand({ user: { platform: "console", id: admin.id }, text });
    return { db, run };
  };
  const demo = open("demo.db");
  const country = open("national.db");
  const demoMunicipalities = (country.db.$client.prepare("select count(*) n from parties where kind = 'municipality'").get() as { n: number }).n;
  const meetings = addNationalDataset(country.db, demoMunicipalities);
  // Fold the bulk write into the main file, so the two files are read alike.
  country.db.$client.pragma("wal_checkpoint(TRUNCATE)");
  const totals = country.db.$client
    .prepare(
      "select (select count(*) from regions) regions, (select count(*) from parties where kind = 'municipality') municipalities, (select count(*) from forums) forums, (select count(*) from meetings) meetings",
    )
    .get();
  console.log(`national dataset: ${JSON.stringify(totals)} (${meetings} generated meetings)`);
  for (const command of COMMANDS) {
    report(`\`${command}\` national vs demo`, ...(await timePair(country.run(command), demo.run(command), RUNS)), "≤ 1.2×");
  }
  demo.db.$client.close();
  country.db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}
