/** When proposals to a meeting's agenda close. */
import { DateTime } from "luxon";
import { isFinnishDayOff } from "../domain/reminder-days-off.js";
import type { ForumRow } from "./forums.js";
import type { MeetingRow } from "./meetings.js";

/**
 * The agenda deadline: the meeting's own override, else the forum's `agendaDeadlineDays` calendar days before the
 * meeting's local date, at 16.00 local time; a deadline on a weekend or holiday moves to the previous working day
 * (issue 15 point 3), so nobody's proposal closes on a day the office is shut.
 */
export function agendaDeadlineOf(meeting: MeetingRow, forum: Pick<ForumRow, "agendaDeadlineDays">): number {
  if (meeting.agendaDeadlineAt !== null) return meeting.agendaDeadlineAt;
  let day = DateTime.fromMillis(meeting.startsAt, { zone: meeting.zone })
    .minus({ days: forum.agendaDeadlineDays })
    .set({ hour: 16, minute: 0, second: 0, millisecond: 0 });
  while (isFinnishDayOff(day.toISODate()!, day.weekday)) day = day.minus({ days: 1 });
  return day.toMillis();
}
