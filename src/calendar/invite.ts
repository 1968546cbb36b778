/**
 * The .ics invite of a meeting (RFC 5546 iTIP): METHOD:REQUEST when scheduled or moved, METHOD:CANCEL when
 * cancelled, the forum's members as ATTENDEEs with RSVP=TRUE, and a `url` on our server to download it again.
 */
import { ICalAttendeeRole, ICalCalendarMethod, type ICalAttendeeData } from "ical-generator";
import type { Db, DbOrTx } from "../../db/connection.js";
import type { Attachment } from "../conversation/reply.js";
import type { Locale } from "../i18n/locale.js";
import { agendaDeadlineOf, type MeetingRow } from "../services/meetings.js";
import { findPerson, type PersonRow } from "../services/people.js";
import { forumById, listMembers, type ForumMemberRow, type ForumRow } from "../services/forums.js";
import { agendaSummaryOf } from "./agenda-summary.js";
import { forumName } from "./calendar-text.js";
import { addEvent, calendarToString, newCalendar } from "./calendar-string.js";
import { cleanParam } from "./ical-text.js";
import { meetingEvent } from "./meeting-event.js";
import { hostOf, inviteUrl } from "./urls.js";

export interface InviteOptions {
  publicUrl: string;
  locale: Locale;
  now: number;
}

const ROLE: Record<ForumMemberRow["role"], ICalAttendeeRole> = {
  chair: ICalAttendeeRole.CHAIR,
  vice_chair: ICalAttendeeRole.REQ,
  member: ICalAttendeeRole.REQ,
  presenter: ICalAttendeeRole.REQ,
  deputy: ICalAttendeeRole.OPT,
  expert: ICalAttendeeRole.OPT,
};

function attendeesOf(db: DbOrTx, forum: ForumRow): ICalAttendeeData[] {
  return listMembers(db, forum.id)
    .filter((m) => m.person.email)
    .map((m) => ({ name: cleanParam(m.person.name), email: m.person.email!, role: ROLE[m.role], rsvp: true }));
}

/** The convener, else the secretary; iTIP requires an ORGANIZER, so a no-reply address stands in for neither. */
function organizerOf(db: DbOrTx, forum: ForumRow, publicUrl: string): Pick<PersonRow, "name" | "email"> {
  for (const id of [forum.convenerId, forum.secretaryId]) {
    const person = id ? findPerson(db, id) : undefined;
    if (person?.email) return person;
  }
  return { name: "Yhdyspinta", email: `noreply@${hostOf(publicUrl)}` };
}

/** The invite's text, or undefined when the meeting's forum is gone. Used by the chat reply and the download route. */
export function inviteIcs(db: DbOrTx, meeting: MeetingRow, method: "REQUEST" | "CANCEL", options: InviteOptions): string | undefined {
  const forum = forumById(db, meeting.forumId);
  if (!forum) return undefined;
  const styled = newCalendar({
    name: forumName(forum, options.locale),
    zone: meeting.zone,
    method: method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const event = meetingEvent({
    meeting: method === "CANCEL" ? { ...meeting, status: "cancelled" } : meeting,
    forum,
    organizer: organizerOf(db, forum, options.publicUrl),
    locale: options.locale,
    publicUrl: options.publicUrl,
    agendaDeadline: agendaDeadlineOf(meeting, forum),
    agendaSummary: agendaSummaryOf(db, meeting.id, options.locale),
    stamp: options.now,
  });
  addEvent(styled, { ...event, attendees: attendeesOf(db, forum) });
  return calendarToString(styled);
}

export function inviteAttachment(db: Db, meeting: MeetingRow, method: "REQUEST" | "CANCEL", options: InviteOptions): Attachment | undefined {
  const content = inviteIcs(db, meeting, method, options);
  if (content === undefined) return undefined;
  return {
    filename: `${meeting.id}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
    url: inviteUrl(options.publicUrl, meeting, options.locale),
  };
}
