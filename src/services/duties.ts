/**
 * Duties of a region for a date range (a year, a council term): the pure rules of src/domain/duties.ts over the
 * stored forums, meetings, council terms and the region's duty settings.
 *
 * @example dutiesFor(db, "kp", yearRange(2027), now).filter((d) => d.status === "at_risk")
 */
import { DateTime } from "luxon";
import type { DbOrTx } from "../../db/connection.js";
import { and, eq, inArray } from "drizzle-orm";
import { agreements, decisions, minutes } from "../../db/schema/index.js";
import { termOf, type CouncilTerm } from "../domain/council-terms.js";
import { computeDuties, localDateOf, rulesFor, type Duty, type DutyMeeting } from "../domain/duties.js";
import { dutySettingsFrom, type DutyRule } from "../domain/duty-rules.js";
import { periodsBetween } from "../domain/periods.js";
import { councilTermsOf, localDayRange, meetingsBetween, regionSettingsOf } from "./calendar-query.js";
import { findRegion } from "./regions.js";
import { listForums, visibleForums } from "./forums.js";
import type { UseCase } from "./use-case.js";

export interface DateRange {
  /** Local dates yyyy-MM-dd, inclusive. */
  from: string;
  to: string;
}

export function yearRange(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The council term containing the local date, as a range (defaults when the region lists none). */
export function termRange(db: DbOrTx, regionId: string, date: string): DateRange {
  const term = termOf(date, councilTermsOf(db, regionId))!;
  return { from: term.startsOn, to: term.endsOn };
}

export function dutiesFor(db: DbOrTx, regionId: string, range: DateRange, now: number, keep?: (rule: DutyRule) => boolean): Duty[] {
  const region = findRegion(db);
  const zone = region?.id === regionId ? region.zone : "Europe/Helsinki";
  const forums = listForums(db, regionId);
  const terms = councilTermsOf(db, regionId);
  const settings = dutySettingsFrom(regionSettingsOf(db, regionId));
  // Periods reach beyond the range (a council term around a year), so read each forum's meetings over the periods its
  // own rules look at: the term negotiation across its terms, a yearly forum within the year (issue 18: reading every
  // forum's meetings of two terms made a year's duties grow with the region's history).
  const spans = new Map<string, number[]>();
  for (const forum of forums) {
    const periods = rulesFor(forum, settings.rules)
      .filter(({ rule }) => !keep || keep(rule))
      .flatMap(({ kind }) => periodsBetween(kind, range.from, range.to, terms));
    if (periods.length === 0) continue;
    const from = periods.map((p) => p.startsOn).sort()[0]!;
    const to = periods
      .map((p) => p.endsOn)
      .sort()
      .at(-1)!;
    spans.set(`${from}|${to}`, [...(spans.get(`${from}|${to}`) ?? []), forum.id]);
  }
  const read = [...spans].flatMap(([span, forumIds]) => {
    const [from, to] = span.split("|") as [string, string];
    return meetingsBetween(db, { forumIds, ...localDayRange(from, to, zone), zone });
  });
  const meetings = withRecordFacts(db, read);
  const bounds = agreementBounds(db, regionId, terms, localDateOf(now, zone));
  return computeDuties({ forums, meetings, terms, settings, zone, ...range, ...(bounds ? { bounds } : {}), keep }, now);
}

/**
 * The `duties` use case: the duties of the range in the forums the person may read (a private forum's duties only
 * for its members and the admins), in the order of `dutiesFor`.
 */
export function readableDuties(uc: UseCase, regionId: string, range: DateRange): Duty[] {
  const readable = new Set(visibleForums(uc, regionId).map((f) => f.id));
  return dutiesFor(uc.db, regionId, range, uc.now).filter((d) => readable.has(d.forum.id));
}

/** Duties at risk on a date across a year around it: what the reminders warn about. */
export function dutiesAtRiskFor(db: DbOrTx, regionId: string, now: number, zone = "Europe/Helsinki"): Duty[] {
  const today = DateTime.fromMillis(now, { zone });
  return dutiesFor(db, regionId, { from: today.toISODate()!, to: today.plus({ years: 1 }).toISODate()! }, now).filter((d) => d.status === "at_risk");
}

/**
 * The home view's use case: the duties at risk in the forums the person runs (secretary or convener), or in every
 * forum of the region for an admin; nobody else is shown any.
 */
export function dutiesAtRiskToRun(uc: UseCase, regionId: string): Duty[] {
  const personId = uc.person?.id;
  const runs = new Set(
    listForums(uc.db, regionId)
      .filter((f) => uc.isAdmin || (personId !== undefined && (f.secretaryId === personId || f.convenerId === personId)))
      .map((f) => f.id),
  );
  if (runs.size === 0) return [];
  return dutiesAtRiskFor(uc.db, regionId, uc.now, uc.zone).filter((d) => runs.has(d.forum.id));
}

/** Which of the meetings have approved minutes and a final decision (what a statutory duty needs to be met). */
function withRecordFacts(db: DbOrTx, rows: DutyMeeting[]): DutyMeeting[] {
  const ids = rows.map((m) => m.id);
  if (ids.length === 0) return rows;
  const recorded = new Set(
    db
      .select({ id: minutes.meetingId })
      .from(minutes)
      .where(and(inArray(minutes.meetingId, ids), eq(minutes.state, "approved")))
      .all()
      .map((r) => r.id),
  );
  const decided = new Set(
    db
      .selectDistinct({ id: decisions.meetingId })
      .from(decisions)
      .where(and(inArray(decisions.meetingId, ids), eq(decisions.status, "final")))
      .all()
      .map((r) => r.id),
  );
  return rows.map((m) => ({ id: m.id, forumId: m.forumId, startsAt: m.startsAt, status: m.status, recorded: recorded.has(m.id), decided: decided.has(m.id) }));
}

/**
 * Duties exist while the agreement is in force (issue 15 point 7): from its start, until its end or, open-ended,
 * until the council term that is running (or in which it starts) ends; a new term brings a new agreement.
 */
function agreementBounds(db: DbOrTx, regionId: string, terms: readonly CouncilTerm[], today: string): { from: string; to: string } | undefined {
  const agreement = db
    .select({ startsOn: agreements.termStartsOn, endsOn: agreements.termEndsOn })
    .from(agreements)
    .where(eq(agreements.regionId, regionId))
    .get();
  if (!agreement) return undefined;
  const term = termOf(today > agreement.startsOn ? today : agreement.startsOn, terms);
  const to = agreement.endsOn ?? term?.endsOn;
  return to ? { from: agreement.startsOn, to } : undefined;
}
