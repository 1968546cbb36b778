/**
 * Calendar reads that stay fast on a national database: meetings of given forums in a time range. The range is
 * also narrowed by local year so SQLite uses the (forum_id, year, number) index instead of scanning all starts.
 */
import { and, asc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../db/connection.js";
import { councilTerms, forumMembers, meetings, regions } from "../../db/schema/index.js";
import type { CouncilTerm } from "../domain/council-terms.js";
import type { MeetingRow } from "./meetings.js";

export interface RangeQuery {
  forumIds: number[];
  /** UTC ms, inclusive. */
  from: number;
  /** UTC ms, exclusive. */
  to: number;
  zone: string;
  includeCancelled?: boolean;
}

/** Local years a UTC range touches (a meeting's `year` is the local year of its start). */
export function yearsOf(from: number, to: number, zone: string): number[] {
  const first = DateTime.fromMillis(from, { zone }).year;
  const last = DateTime.fromMillis(Math.max(from, to - 1), { zone }).year;
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

export function meetingsBetween(db: DbOrTx, query: RangeQuery): MeetingRow[] {
  if (query.forumIds.length === 0 || query.to <= query.from) return [];
  return db
    .select()
    .from(meetings)
    .where(
      and(
        inArray(meetings.forumId, query.forumIds),
        inArray(meetings.year, yearsOf(query.from, query.to, query.zone)),
        gte(meetings.startsAt, query.from),
        lt(meetings.startsAt, query.to),
        query.includeCancelled ? undefined : ne(meetings.status, "cancelled"),
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .all();
}

/** UTC instants of the start of local date `from` and the end of local date `to` (inclusive) in a zone. */
export function localDayRange(from: string, to: string, zone: string): { from: number; to: number } {
  return {
    from: DateTime.fromISO(from, { zone }).startOf("day").toMillis(),
    to: DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf("day").toMillis(),
  };
}

export function councilTermsOf(db: DbOrTx, regionId: string): CouncilTerm[] {
  return db
    .select({ startsOn: councilTerms.startsOn, endsOn: councilTerms.endsOn })
    .from(councilTerms)
    .where(eq(councilTerms.regionId, regionId))
    .orderBy(asc(councilTerms.startsOn))
    .all();
}

export function regionSettingsOf(db: DbOrTx, regionId: string): Record<string, unknown> {
  return db.select({ settings: regions.settings }).from(regions).where(eq(regions.id, regionId)).get()?.settings ?? {};
}

/** Members of each given forum, for overlap detection. */
export function membersByForum(db: DbOrTx, forumIds: number[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  if (forumIds.length === 0) return map;
  const rows = db.select().from(forumMembers).where(inArray(forumMembers.forumId, forumIds)).all();
  for (const row of rows) {
    const set = map.get(row.forumId) ?? new Set<string>();
    set.add(row.personId);
    map.set(row.forumId, set);
  }
  return map;
}
