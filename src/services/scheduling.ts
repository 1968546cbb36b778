/**
 * Scheduling use cases: schedule, move and cancel a forum's meeting. Each is one transaction with its audit row;
 * insertMeeting/updateMeeting raise SEQUENCE and emit the meeting event for reminders and feeds. Bad input
 * (end before start, a time in the past, a cancelled meeting) changes nothing.
 */
import { DateTime } from "luxon";
import type { Db } from "../../db/connection.js";
import type { ClockTime } from "../domain/time-input.js";
import { UserError } from "../errors.js";
import type { Locale } from "../i18n/locale.js";
import { change } from "./audit.js";
import { warningsFor, type Warning } from "./meeting-warnings.js";
import { insertMeeting, updateMeeting, type MeetingRow } from "./meetings.js";
import type { ForumRow } from "./region.js";

export interface MeetingDraft {
  forum: ForumRow;
  startsAt: number;
  endsAt: number;
  place?: string | null;
  onlineUrl?: string | null;
}

export interface ScheduleOptions {
  actorId: string;
  now: number;
  zone: string;
  locale: Locale;
}

export interface Scheduled {
  meeting: MeetingRow;
  warnings: Warning[];
}

/**
 * The UTC instant of a local date and wall-clock time in a zone. A time in the spring DST gap (03.00–03.59 on the
 * last Sunday of March in Helsinki) moves forward an hour, as luxon does.
 */
export function localInstant(date: string, time: ClockTime, zone: string): number {
  return DateTime.fromISO(date, { zone }).set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 }).toMillis();
}

/** Start and end instants; the end defaults to the forum's usual length; an end at or before the start is refused. */
export function spanOf(date: string, start: ClockTime, end: ClockTime | undefined, forum: Pick<ForumRow, "defaultDurationMinutes">, zone: string): { startsAt: number; endsAt: number } {
  const startsAt = localInstant(date, start, zone);
  const endsAt = end ? localInstant(date, end, zone) : DateTime.fromMillis(startsAt, { zone }).plus({ minutes: forum.defaultDurationMinutes }).toMillis();
  if (endsAt <= startsAt) throw new UserError("calendar.error.endBeforeStart", {});
  return { startsAt, endsAt };
}

function refuseThePast(startsAt: number, now: number): void {
  if (startsAt <= now) throw new UserError("calendar.error.inPast", {});
}

/** Splits free text after the time into a place and an online link (any word starting with http). */
export function placeAndLink(text: string): { place: string | null; onlineUrl: string | null } {
  const words = text.split(/\s+/).filter(Boolean);
  const link = words.find((w) => /^https?:\/\//i.test(w)) ?? null;
  const place = words.filter((w) => w !== link).join(" ").trim();
  return { place: place || null, onlineUrl: link };
}

export function scheduleMeeting(db: Db, draft: MeetingDraft, options: ScheduleOptions): Scheduled {
  refuseThePast(draft.startsAt, options.now);
  if (draft.endsAt <= draft.startsAt) throw new UserError("calendar.error.endBeforeStart", {});
  const warnings = warningsFor(db, { ...draft, zone: options.zone, locale: options.locale });
  const meeting = change(db, options.actorId, options.now, (tx, audit) => {
    const row = insertMeeting(tx, { forum: draft.forum, startsAt: draft.startsAt, endsAt: draft.endsAt, zone: options.zone, place: draft.place ?? draft.forum.defaultPlace, onlineUrl: draft.onlineUrl }, options.actorId, options.now);
    audit({ action: "meeting.schedule", entity: "meeting", entityId: row.id, after: row });
    return row;
  });
  return { meeting, warnings };
}

export function moveMeeting(db: Db, before: MeetingRow, forum: ForumRow, span: { startsAt: number; endsAt: number }, options: ScheduleOptions): Scheduled {
  if (before.status === "cancelled") throw new UserError("calendar.error.cancelled", { id: before.id });
  refuseThePast(span.startsAt, options.now);
  if (span.endsAt <= span.startsAt) throw new UserError("calendar.error.endBeforeStart", {});
  const warnings = warningsFor(db, { forum, ...span, zone: before.zone, locale: options.locale, before });
  const meeting = change(db, options.actorId, options.now, (tx, audit) => {
    const row = updateMeeting(tx, before, span, "moved", options.actorId, options.now);
    audit({ action: "meeting.move", entity: "meeting", entityId: row.id, before, after: row });
    return row;
  });
  return { meeting, warnings };
}

export function cancelMeeting(db: Db, before: MeetingRow, reason: string | null, options: ScheduleOptions): MeetingRow {
  if (before.status === "cancelled") throw new UserError("calendar.error.cancelled", { id: before.id });
  if (reason && reason.length > 500) throw new UserError("error.tooLong", { what: "reason", length: reason.length, max: 500 });
  return change(db, options.actorId, options.now, (tx, audit) => {
    const row = updateMeeting(tx, before, { status: "cancelled", cancelReason: reason }, "cancelled", options.actorId, options.now);
    audit({ action: "meeting.cancel", entity: "meeting", entityId: row.id, before, after: row });
    return row;
  });
}
