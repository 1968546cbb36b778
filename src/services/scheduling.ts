/**
 * Scheduling use cases: schedule, move and cancel a forum's meeting, and enter one that already took place
 * (`held`). Each checks its own permission and the meeting's lifecycle (src/domain/meeting-lifecycle.ts), and is
 * one transaction with its audit row; insertMeeting/updateMeeting raise SEQUENCE and emit the meeting event for
 * reminders and feeds. A new or moved meeting with warnings (weekend, holiday, overlap, cadence, a local time
 * that does not exist or happens twice) is not stored until confirmed: nothing is sent before the person has
 * seen the warnings (issue 15 point 3). Bad input changes nothing.
 */
import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { meetingResponses } from "../../db/schema/index.js";
import type { ClockTime } from "../domain/time-input.js";
import { UserError } from "../errors.js";
import { allows, requireCapability } from "./access.js";
import { change } from "./audit.js";
import { warningsFor, type Warning } from "./meeting-warnings.js";
import { insertMeeting, updateMeeting, type MeetingRow } from "./meetings.js";
import { requireNotStarted } from "./record/lifecycle.js";
import type { ForumRow } from "./forums.js";
import { requireFits } from "./text-limits.js";
import { actorOf, type UseCase } from "./use-case.js";

export interface Span {
  startsAt: number;
  endsAt: number;
  /** What the typed local times mean across a DST change (a time that does not exist or happens twice). */
  notes?: Warning[];
}

export interface MeetingDraft extends Span {
  forum: ForumRow;
  place?: string | null;
  onlineUrl?: string | null;
}

export interface Confirmable {
  /** True when the person has seen the warnings and confirmed (the command ends in ` !`, or the button). */
  confirmed?: boolean;
}

export type Scheduled = { kind: "done"; meeting: MeetingRow; warnings: Warning[] } | { kind: "confirm"; warnings: Warning[] };

interface LocalInstant {
  at: number;
  /** The wall-clock time does not exist in the zone (the spring-forward hour). */
  missing: boolean;
  /** The wall-clock time happens twice (the autumn fall-back hour). */
  twice: boolean;
}

const HOUR = 3_600_000;

function resolveLocal(date: string, time: ClockTime, zone: string): LocalInstant {
  const local = DateTime.fromISO(date, { zone }).set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
  const missing = local.hour !== time.hour || local.minute !== time.minute;
  const same = (ms: number) => {
    const other = DateTime.fromMillis(ms, { zone });
    return other.hour === time.hour && other.minute === time.minute && other.toISODate() === date;
  };
  const at = local.toMillis();
  return { at, missing, twice: !missing && (same(at - HOUR) || same(at + HOUR)) };
}

/**
 * The UTC instant of a local date and wall-clock time in a zone. A time in the spring DST gap (03.00–03.59 on the
 * last Sunday of March in Helsinki) moves forward an hour, as luxon does.
 */
export function localInstant(date: string, time: ClockTime, zone: string): number {
  return resolveLocal(date, time, zone).at;
}

/**
 * Start and end instants; the end defaults to the forum's usual length; an end at or before the start is refused.
 * When a typed time falls in the DST gap, the meeting keeps its typed length (03.30–04.30 is one hour, not zero)
 * and a note asks for confirmation.
 */
export function spanOf(date: string, start: ClockTime, end: ClockTime | undefined, forum: Pick<ForumRow, "defaultDurationMinutes">, zone: string): Span {
  const from = resolveLocal(date, start, zone);
  const to = end ? resolveLocal(date, end, zone) : undefined;
  const startsAt = from.at;
  const wallMinutes = end ? end.hour * 60 + end.minute - (start.hour * 60 + start.minute) : forum.defaultDurationMinutes;
  if (end && wallMinutes <= 0) throw new UserError("calendar.error.endBeforeStart", {});
  const endsAt = to && !from.missing && !to.missing ? to.at : startsAt + wallMinutes * 60_000;
  if (endsAt <= startsAt) throw new UserError("calendar.error.endBeforeStart", {});
  const notes: Warning[] = [];
  for (const [typed, resolved] of [[start, from], ...(end && to ? [[end, to] as const] : [])] as const) {
    const time = `${String(typed.hour).padStart(2, "0")}.${String(typed.minute).padStart(2, "0")}`;
    if (resolved.missing) notes.push({ key: "record.warn.timeMissing", params: { time } });
    else if (resolved.twice) notes.push({ key: "record.warn.timeTwice", params: { time } });
  }
  return { startsAt, endsAt, ...(notes.length > 0 ? { notes } : {}) };
}

function refuseThePast(startsAt: number, now: number): void {
  if (startsAt <= now) throw new UserError("calendar.error.inPast", {});
}

/** Splits free text after the time into a place and an online link (any word starting with http). */
export function placeAndLink(text: string): { place: string | null; onlineUrl: string | null } {
  const words = text.split(/\s+/).filter(Boolean);
  const link = words.find((w) => /^https?:\/\//i.test(w)) ?? null;
  const place = words
    .filter((w) => w !== link)
    .join(" ")
    .trim();
  return { place: place || null, onlineUrl: link };
}

/** Place and link within their limits (a 100 kB place was once stored, issue 16 §5). */
function requirePlaceFits(uc: UseCase, draft: MeetingDraft): void {
  requireFits(uc.locale, "place", draft.place);
  requireFits(uc.locale, "onlineUrl", draft.onlineUrl);
}

/** Whether the person may schedule the forum's meetings at all (asked before the scheduling form is shown). */
/** The fields a scheduled or recorded meeting starts with: the forum's default place when none was given. */
function newMeeting(uc: UseCase, draft: MeetingDraft) {
  return {
    forum: draft.forum,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    zone: uc.zone,
    place: draft.place ?? draft.forum.defaultPlace,
    onlineUrl: draft.onlineUrl,
  };
}

export function requireMaySchedule(uc: Pick<UseCase, "db" | "person" | "isAdmin" | "t" | "locale">, forum: ForumRow): void {
  requireCapability(uc, "manage_meetings", forum);
}

/** Whether the person may schedule, move and cancel the forum's meetings: for offering the buttons that do it. */
export function mayManageMeetings(uc: Pick<UseCase, "db" | "person" | "isAdmin" | "t" | "locale">, forum: ForumRow): boolean {
  return allows(uc, "manage_meetings", forum);
}

export function scheduleMeeting(uc: UseCase, draft: MeetingDraft, options: Confirmable = {}): Scheduled {
  requireMaySchedule(uc, draft.forum);
  requirePlaceFits(uc, draft);
  refuseThePast(draft.startsAt, uc.now);
  if (draft.endsAt <= draft.startsAt) throw new UserError("calendar.error.endBeforeStart", {});
  const warnings = [...(draft.notes ?? []), ...warningsFor(uc.db, { ...draft, zone: uc.zone, locale: uc.locale })];
  if (warnings.length > 0 && !options.confirmed) return { kind: "confirm", warnings };
  const actor = actorOf(uc);
  const meeting = change(uc.db, actor, uc.now, (tx, audit) => {
    const row = insertMeeting(tx, newMeeting(uc, draft), actor, uc.now);
    audit({ action: "meeting.schedule", entity: "meeting", entityId: row.id, after: row });
    return row;
  });
  return { kind: "done", meeting, warnings };
}

export function moveMeeting(uc: UseCase, before: MeetingRow, forum: ForumRow, span: Span, options: Confirmable = {}): Scheduled {
  requireCapability(uc, "manage_meetings", forum);
  requireNotStarted(uc, before);
  refuseThePast(span.startsAt, uc.now);
  if (span.endsAt <= span.startsAt) throw new UserError("calendar.error.endBeforeStart", {});
  const warnings = [
    ...(span.notes ?? []),
    ...warningsFor(uc.db, { forum, startsAt: span.startsAt, endsAt: span.endsAt, zone: before.zone, locale: uc.locale, before }),
  ];
  if (warnings.length > 0 && !options.confirmed) return { kind: "confirm", warnings };
  const actor = actorOf(uc);
  const meeting = change(uc.db, actor, uc.now, (tx, audit) => {
    const row = updateMeeting(tx, before, { startsAt: span.startsAt, endsAt: span.endsAt }, "moved", actor, uc.now);
    // Answers were given for the old time; a new time asks again (as iTIP resets PARTSTAT on a reschedule).
    if (before.startsAt !== row.startsAt) tx.delete(meetingResponses).where(eq(meetingResponses.meetingId, row.id)).run();
    audit({ action: "meeting.move", entity: "meeting", entityId: row.id, before, after: row });
    return row;
  });
  return { kind: "done", meeting, warnings };
}

export function cancelMeeting(uc: UseCase, before: MeetingRow, forum: ForumRow, reason: string | null): MeetingRow {
  requireCapability(uc, "manage_meetings", forum);
  requireNotStarted(uc, before);
  requireFits(uc.locale, "reason", reason);
  const actor = actorOf(uc);
  return change(uc.db, actor, uc.now, (tx, audit) => {
    const row = updateMeeting(tx, before, { status: "cancelled", cancelReason: reason }, "cancelled", actor, uc.now);
    audit({ action: "meeting.cancel", entity: "meeting", entityId: row.id, before, after: row });
    return row;
  });
}

/**
 * Enters a meeting that already took place (issue 15 point 2): stored as held, with no invitation and no
 * reminders; its decisions and minutes can then be recorded, and its duties count once the minutes are approved.
 */
export function recordHeldMeeting(uc: UseCase, draft: MeetingDraft): MeetingRow {
  requireCapability(uc, "manage_meetings", draft.forum);
  requirePlaceFits(uc, draft);
  if (draft.startsAt > uc.now) throw new UserError("record.error.heldInFuture", {});
  if (draft.endsAt <= draft.startsAt) throw new UserError("calendar.error.endBeforeStart", {});
  const actor = actorOf(uc);
  return change(uc.db, actor, uc.now, (tx, audit) => {
    const row = insertMeeting(tx, { ...newMeeting(uc, draft), status: "held" }, actor, uc.now, "recorded");
    audit({ action: "meeting.held", entity: "meeting", entityId: row.id, after: row });
    return row;
  });
}
