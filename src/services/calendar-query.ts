/**
 * Calendar reads that stay fast on a national database: meetings of given forums in a time range. The range is
 * also narrowed by local year so SQLite uses the (forum_id, year, number) index instead of scanning all starts.
 */
import { and, asc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../db/connection.js";
import { prepared } from "../../db/prepared.js";
import { councilTerms, forumMembers, meetings, regions } from "../../db/schema/index.js";
import type { CouncilTerm } from "../domain/council-terms.js";
import { localTime } from "../i18n/local-time.js";
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
  const first = localTime(from, zone).year;
  const last = localTime(Math.max(from, to - 1), zone).year;
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

const placeholders = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => sql.placeholder(`${prefix}${i}`));

/** What a list of meetings shows of each (calendar-view.ts): the row without its bookkeeping columns. */
const LISTING = {
  id: meetings.id,
  forumId: meetings.forumId,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  zone: meetings.zone,
  place: meetings.place,
  onlineUrl: meetings.onlineUrl,
  status: meetings.status,
};
export type MeetingListing = Pick<MeetingRow, keyof typeof LISTING>;

/** Meetings of `forums` forum ids in `years` years and a time range, as placeholders f0…, y0…, from and to. */
const rangeWhere = (forums: number, years: number, includeCancelled: boolean) =>
  and(
    inArray(meetings.forumId, placeholders("f", forums)),
    inArray(meetings.year, placeholders("y", years)),
    gte(meetings.startsAt, sql.placeholder("from")),
    lt(meetings.startsAt, sql.placeholder("to")),
    includeCancelled ? undefined : ne(meetings.status, "cancelled"),
  );

const rowsStatement = (forums: number, years: number, includeCancelled: boolean) =>
  prepared((db: DbOrTx) =>
    db
      .select()
      .from(meetings)
      .where(rangeWhere(forums, years, includeCancelled))
      .orderBy(asc(meetings.startsAt))
      .prepare(),
  );

const listingStatement = (forums: number, years: number, includeCancelled: boolean) =>
  prepared((db: DbOrTx) =>
    db
      .select(LISTING)
      .from(meetings)
      .where(rangeWhere(forums, years, includeCancelled))
      .orderBy(asc(meetings.startsAt))
      .prepare(),
  );

/** Up to this many shapes (a region has a few dozen forums; a range spans a few years) before starting over. */
const MAX_SHAPES = 256;

/**
 * The statement of each shape (how many forums, how many years, with cancelled or not), built once per handle:
 * drizzle otherwise builds the SQL anew on every `calendar`, which cost more than SQLite spent running it (issue 18,
 * the Teams bench).
 */
function byShape<S>(build: (forums: number, years: number, includeCancelled: boolean) => S): (query: RangeQuery, years: number[]) => S {
  const statements = new Map<string, S>();
  return (query, years) => {
    const includeCancelled = query.includeCancelled === true;
    const key = `${query.forumIds.length}:${years.length}:${includeCancelled}`;
    let statement = statements.get(key);
    if (!statement) {
      if (statements.size >= MAX_SHAPES) statements.clear();
      statement = build(query.forumIds.length, years.length, includeCancelled);
      statements.set(key, statement);
    }
    return statement;
  };
}

const rowsOfShape = byShape(rowsStatement);
const listingOfShape = byShape(listingStatement);

function rangeValues(query: RangeQuery, years: number[]): Record<string, number> {
  const values: Record<string, number> = { from: query.from, to: query.to };
  for (const [i, id] of query.forumIds.entries()) values[`f${i}`] = id;
  for (const [i, year] of years.entries()) values[`y${i}`] = year;
  return values;
}

export function meetingsBetween(db: DbOrTx, query: RangeQuery): MeetingRow[] {
  if (query.forumIds.length === 0 || query.to <= query.from) return [];
  const years = yearsOf(query.from, query.to, query.zone);
  return rowsOfShape(query, years)(db).all(rangeValues(query, years));
}

/** meetingsBetween with only what a list shows of each meeting: a third of the columns SQLite hands over. */
export function meetingListingBetween(db: DbOrTx, query: RangeQuery): MeetingListing[] {
  if (query.forumIds.length === 0 || query.to <= query.from) return [];
  const years = yearsOf(query.from, query.to, query.zone);
  return listingOfShape(query, years)(db).all(rangeValues(query, years));
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
