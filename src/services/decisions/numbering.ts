/**
 * § numbering: a forum's decisions run 1, 2, 3 … per numbering year and restart the next year (seed 004: "§ running
 * per body, usually restarting each calendar year"). A region may number per council term instead, by setting
 * `section_numbering: term` (or `sectionNumbering`) in its agreement file's region settings; the numbering year is then the first year of
 * the term that contains the meeting.
 */
import { and, asc, eq, max } from "drizzle-orm";
import { DateTime } from "luxon";
import type { DbOrTx } from "../../../db/connection.js";
import { councilTerms, decisions } from "../../../db/schema/index.js";
import type { MeetingRow } from "../meetings.js";
import type { RegionRow } from "../regions.js";

export type SectionNumbering = "calendar_year" | "term";

export function sectionNumberingOf(region: RegionRow): SectionNumbering {
  const value = region.settings.section_numbering ?? region.settings.sectionNumbering;
  return value === "term" ? "term" : "calendar_year";
}

/** The numbering year of a decision made at `meeting` (its local date decides, not the UTC instant). */
export function sectionYearFor(db: DbOrTx, region: RegionRow, meeting: MeetingRow): number {
  const local = DateTime.fromMillis(meeting.startsAt, { zone: meeting.zone });
  if (sectionNumberingOf(region) === "calendar_year") return local.year;
  const date = local.toISODate()!;
  const terms = db.select().from(councilTerms).where(eq(councilTerms.regionId, region.id)).orderBy(asc(councilTerms.startsOn)).all();
  const term = terms.find((t) => t.startsOn <= date && date <= t.endsOn);
  return term ? Number(term.startsOn.slice(0, 4)) : local.year;
}

/** The next free § of the forum in the numbering year; call inside the write transaction that inserts it. */
export function nextSection(db: DbOrTx, forumId: number, sectionYear: number): number {
  const row = db
    .select({ n: max(decisions.section) })
    .from(decisions)
    .where(and(eq(decisions.forumId, forumId), eq(decisions.sectionYear, sectionYear)))
    .get();
  return (row?.n ?? 0) + 1;
}
