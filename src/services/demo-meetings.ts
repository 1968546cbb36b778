/**
 * The living demo (issue 6): on first start, the next twelve months of meetings each forum's cadence calls for,
 * on the forum's usual weekday at a usual hour, avoiding weekends, holidays and July. Periods that already have a
 * meeting (from the agreement file) are left alone.
 */
import { DateTime } from "luxon";
import type { Db } from "../../db/connection.js";
import { holidaysBetween } from "../domain/holidays.js";
import { earlierDate, laterDate } from "../domain/local-date-order.js";
import { pickMeetingDay } from "../domain/meeting-slot.js";
import { CADENCE_PERIOD, periodsBetween } from "../domain/periods.js";
import { change } from "./audit.js";
import { councilTermsOf, localDayRange, meetingsBetween } from "./calendar-query.js";
import { insertMeeting } from "./meetings.js";
import { findRegion } from "./regions.js";
import { listForums, type ForumRow } from "./forums.js";

const LEAD_DAYS = 14;
const WEEKDAYS = [2, 3, 4];
const HOURS = [13, 9, 13, 10];

function anchorFor(forum: ForumRow, from: string, to: string): string {
  // The HYTE negotiation sits in the autumn half of the annual cycle (seed 003: June–December).
  const autumn = `${from.slice(0, 4)}-10-15`;
  if (forum.kind === "hyte_negotiation" && autumn >= from && autumn <= to) return autumn;
  const a = DateTime.fromISO(from, { zone: "UTC" });
  const b = DateTime.fromISO(to, { zone: "UTC" });
  return a.plus({ days: Math.floor(b.diff(a, "days").days / 2) }).toISODate()!;
}

export function seedDemoMeetings(db: Db, now: number): number {
  const region = findRegion(db);
  if (!region) return 0;
  const zone = region.zone;
  const today = DateTime.fromMillis(now, { zone });
  const first = today.plus({ days: LEAD_DAYS }).toISODate()!;
  const last = today.plus({ months: 12 }).toISODate()!;
  const terms = councilTermsOf(db, region.id);
  const holidays = holidaysBetween(first, last);
  let created = 0;
  change(db, "system", now, (tx, audit) => {
    for (const forum of listForums(tx, region.id)) {
      const kind = CADENCE_PERIOD[forum.cadence];
      if (!kind) continue;
      for (const period of periodsBetween(kind, first, last, terms)) {
        const existing = meetingsBetween(tx, { forumIds: [forum.id], ...localDayRange(period.startsOn, period.endsOn, zone), zone });
        if (existing.length > 0) continue;
        const from = laterDate(period.startsOn, first);
        const to = earlierDate(period.endsOn, last);
        const day = pickMeetingDay({ from, to, anchor: anchorFor(forum, from, to), weekday: WEEKDAYS[forum.position % 3]!, holidays });
        if (!day) continue;
        const start = DateTime.fromISO(day, { zone }).set({ hour: HOURS[forum.position % HOURS.length]! });
        const meeting = insertMeeting(
          tx,
          { forum, startsAt: start.toMillis(), endsAt: start.plus({ minutes: forum.defaultDurationMinutes }).toMillis(), zone, place: forum.defaultPlace },
          "system",
          now,
        );
        audit({ action: "meeting.seed", entity: "meeting", entityId: meeting.id, after: meeting });
        created++;
      }
    }
  });
  return created;
}
