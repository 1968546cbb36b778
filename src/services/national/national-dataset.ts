/**
 * The national dataset (issue 18): the region already in the database (the demo region, the one commands act on)
 * gets ten years of its own busy history, and 21 generated regions with the rest of the country's municipalities get
 * theirs, plus their next meetings with pending reminders. About 22 regions, 340 parties, 16,000 meetings and
 * 60,000 decisions; the same on every run (seeded), so benches and golden tests can compare.
 *
 * @example addNationalDataset(db, { now: Date.parse("2026-11-22T10:00:00Z") });
 */
import { DateTime } from "luxon";
import type { Db } from "../../../db/connection.js";
import { addHistory, type HistoryCounts } from "./add-history.js";
import { addRegion } from "./add-region.js";
import { seededRandom } from "./random.js";

export interface NationalOptions {
  now: number;
  /** Generated regions besides the one already there. */
  regions?: number;
  /** Years of history, ending with the year before `now`'s. */
  years?: number;
  seed?: number;
}

export type NationalCounts = HistoryCounts & { regions: number; parties: number };

/** Finland has 308 municipalities; the demo region holds some of them. */
const MUNICIPALITIES = 308;

/** The region commands act on: a busy history (more meetings and matters than any generated region). */
const BUSY = {
  meetingsPerYear: { yearly: 3, half_yearly: 5, quarterly: 8, monthly: 11, as_needed: 10, per_term: 1 },
  matters: [8, 14] as [number, number],
};
const USUAL = {
  meetingsPerYear: { yearly: 1, half_yearly: 2, quarterly: 4, monthly: 11, as_needed: 3, per_term: 1 },
  matters: [2, 6] as [number, number],
};

export function addNationalDataset(db: Db, options: NationalOptions): NationalCounts {
  const sqlite = db.$client;
  const home = sqlite.prepare("select id, zone from regions limit 1").get() as { id: string; zone: string } | undefined;
  if (!home) throw new Error("The national dataset is added beside an imported region; import the agreement file first.");
  const random = seededRandom(options.seed ?? 18);
  const regions = options.regions ?? 21;
  const years = options.years ?? 10;
  const toYear = DateTime.fromMillis(options.now, { zone: home.zone }).year - 1;
  const fromYear = toYear - years + 1;
  const counts: HistoryCounts = { meetings: 0, decisions: 0, agendaItems: 0, reminders: 0, auditRows: 0 };
  const add = (more: HistoryCounts) => {
    for (const key of Object.keys(counts) as (keyof HistoryCounts)[]) counts[key] += more[key];
  };
  const homeMunicipalities = (sqlite.prepare("select count(*) n from parties where region_id = ? and kind = 'municipality'").get(home.id) as { n: number }).n;
  const remaining = MUNICIPALITIES - homeMunicipalities;
  sqlite.transaction(() => {
    add(addHistory(sqlite, home.id, { fromYear, toYear, now: options.now, ...BUSY }, random));
    for (let r = 1; r <= regions; r++) {
      const municipalities = Math.floor(remaining / regions) + (r <= remaining % regions ? 1 : 0);
      const region = addRegion(sqlite, r, municipalities, random);
      add(addHistory(sqlite, region.id, { fromYear, toYear, now: options.now, ...USUAL }, random));
      add(addUpcoming(db, region.id, options.now));
    }
  })();
  // Ten years loaded in one go leave the decision search index (migration 0012) in many small segments, each
  // decision written again for every goal it got; merge it into one, as the migration that builds it does, and as
  // FTS5's own merging does over time to an index that grows a decision at a time.
  sqlite.prepare("insert into decision_search(decision_search) values ('optimize')").run();
  const totals = sqlite.prepare("select (select count(*) from regions) regions, (select count(*) from parties) parties").get() as {
    regions: number;
    parties: number;
  };
  return { ...counts, ...totals };
}

/** Each forum's next meeting (a month or two ahead) and its pending day-before reminder to the secretary. */
function addUpcoming(db: Db, regionId: string, now: number): HistoryCounts {
  const sqlite = db.$client;
  const forums = sqlite.prepare("select id, code, secretary_id secretaryId, position from forums where region_id = ? order by position").all(regionId) as {
    id: number;
    code: string;
    secretaryId: string;
    position: number;
  }[];
  const meeting = sqlite.prepare(
    "insert into meetings (id, forum_id, year, number, starts_at, ends_at, zone, status, sequence, page_key, minutes_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'Europe/Helsinki', 'scheduled', 0, ?, ?, ?, ?)",
  );
  const last = sqlite.prepare("select coalesce(max(number), 0) n from meetings where forum_id = ? and year = ?");
  const reminder = sqlite.prepare(
    "insert into reminders (key, kind, subject, meeting_id, forum_id, target_kind, target_platform, target_ref, person_id, due_at, expires_at, state, payload, created_at, updated_at) values (?, 'day_before', ?, ?, ?, 'person', null, ?, ?, ?, ?, 'pending', '{}', ?, ?)",
  );
  const counts: HistoryCounts = { meetings: 0, decisions: 0, agendaItems: 0, reminders: 0, auditRows: 0 };
  for (const forum of forums) {
    let start = DateTime.fromMillis(now, { zone: "Europe/Helsinki" })
      .plus({ days: 20 + (forum.position % 40) })
      .set({ hour: 13, minute: 0, second: 0, millisecond: 0 });
    while (start.weekday > 4) start = start.plus({ days: 1 });
    const number = (last.get(forum.id, start.year) as { n: number }).n + 1;
    const id = `${forum.code}-${start.year}-${number}`;
    const startsAt = start.toMillis();
    meeting.run(id, forum.id, start.year, number, startsAt, startsAt + 7_200_000, `p-${id}`, `m-${id}`, now, now);
    const due = startsAt - 86_400_000;
    reminder.run(
      `meeting:${id}@${startsAt}:day_before:86400000:p:${forum.secretaryId}`,
      `meeting:${id}`,
      id,
      forum.id,
      forum.secretaryId,
      forum.secretaryId,
      due,
      startsAt,
      now,
      now,
    );
    counts.meetings++;
    counts.reminders++;
  }
  return counts;
}
