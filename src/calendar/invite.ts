/**
 * The .ics invite of a meeting (RFC 5546 iTIP): METHOD:REQUEST when scheduled or moved, METHOD:CANCEL when
 * cancelled, the forum's members as ATTENDEEs, and a `url` on our server to download it again.
 */
import { ICalAttendeeRole, ICalCalendarMethod, type ICalAttendeeData } from "ical-generator";
import type { Attachment } from "../conversation/reply.js";
import type { CalendarAttendee, InviteData } from "./calendar-data.js";
import { addEvent, calendarToString, newCalendar } from "./calendar-string.js";
import { cleanParam } from "./ical-text.js";
import { meetingEvent } from "./meeting-event.js";
import { inviteUrl } from "./urls.js";

const ROLE: Record<CalendarAttendee["role"], ICalAttendeeRole> = {
  chair: ICalAttendeeRole.CHAIR,
  required: ICalAttendeeRole.REQ,
  optional: ICalAttendeeRole.OPT,
};

function attendeeOf(attendee: CalendarAttendee): ICalAttendeeData {
  return { name: cleanParam(attendee.name), email: attendee.email, role: ROLE[attendee.role], rsvp: true };
}

/** @example renderInvite(data) // "BEGIN:VCALENDAR\r\n…METHOD:REQUEST…" */
export function renderInvite(data: InviteData): string {
  const { entry } = data;
  const styled = newCalendar({
    name: data.name,
    zone: entry.meeting.zone,
    method: data.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const meeting = data.method === "CANCEL" ? { ...entry.meeting, status: "cancelled" as const } : entry.meeting;
  const event = meetingEvent({ ...entry, meeting, site: data, locale: data.locale, stamp: data.stamp });
  addEvent(styled, { ...event, attendees: data.attendees.map(attendeeOf) });
  return calendarToString(styled);
}

/** The invite as a chat attachment, with the link that downloads it again. */
export function renderInviteAttachment(data: InviteData): Attachment {
  return {
    filename: `${data.entry.meeting.id}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${data.method}`,
    content: renderInvite(data),
    url: inviteUrl(data.publicUrl, data.entry.meeting, data.locale),
  };
}
