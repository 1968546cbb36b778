/**
 * A meeting's invite from the store: its forum, organizer, members and published agenda gathered into the plain
 * data src/calendar renders (METHOD:REQUEST or METHOD:CANCEL). Used by announcements, reminders, `invite` and
 * the download route.
 */
import type { DbOrTx } from "../../db/connection.js";
import type { CalendarAttendee, CalendarEntry, InviteData, InviteMethod } from "../calendar/calendar-data.js";
import { forumName } from "../calendar/calendar-text.js";
import { renderInvite, renderInviteAttachment } from "../calendar/invite.js";
import { hostOf } from "../calendar/urls.js";
import type { Attachment } from "../conversation/reply.js";
import type { Locale } from "../i18n/locale.js";
import { agendaSummaryOf } from "./agenda/agenda-summary.js";
import type { MeetingRow } from "./meetings.js";
import { agendaDeadlineOf } from "./agenda-deadline.js";
import { type ForumMemberRow, type ForumRow, forumById, listMembers } from "./forums.js";
import { findPerson } from "./people.js";

export interface InviteOptions {
  publicUrl: string;
  locale: Locale;
  now: number;
}

const ROLE: Record<ForumMemberRow["role"], CalendarAttendee["role"]> = {
  chair: "chair",
  vice_chair: "required",
  member: "required",
  presenter: "required",
  deputy: "optional",
  expert: "optional",
};

function attendeesOf(db: DbOrTx, forum: ForumRow): CalendarAttendee[] {
  return listMembers(db, forum.id).flatMap((m) => (m.person.email ? [{ name: m.person.name, email: m.person.email, role: ROLE[m.role] }] : []));
}

/** The convener, else the secretary; iTIP requires an ORGANIZER, so a no-reply address stands in for neither. */
function organizerOf(db: DbOrTx, forum: ForumRow, publicUrl: string): CalendarEntry["organizer"] {
  for (const id of [forum.convenerId, forum.secretaryId]) {
    const person = id ? findPerson(db, id) : undefined;
    if (person?.email) return { name: person.name, email: person.email };
  }
  return { name: "Yhdyspinta", email: `noreply@${hostOf(publicUrl)}` };
}

/** The invite's data, or undefined when the meeting's forum is gone. */
export function inviteData(db: DbOrTx, meeting: MeetingRow, method: InviteMethod, options: InviteOptions): InviteData | undefined {
  const forum = forumById(db, meeting.forumId);
  if (!forum) return undefined;
  return {
    method,
    locale: options.locale,
    stamp: options.now,
    publicUrl: options.publicUrl,
    uidDomain: hostOf(options.publicUrl),
    name: forumName(forum, options.locale),
    entry: {
      meeting,
      forum,
      organizer: organizerOf(db, forum, options.publicUrl),
      agendaDeadline: agendaDeadlineOf(meeting, forum),
      agendaSummary: agendaSummaryOf(db, meeting.id, options.locale),
    },
    attendees: attendeesOf(db, forum),
  };
}

/** The invite's text, or undefined when the meeting's forum is gone. Used by the download route. */
export function inviteIcs(db: DbOrTx, meeting: MeetingRow, method: InviteMethod, options: InviteOptions): string | undefined {
  const data = inviteData(db, meeting, method, options);
  return data && renderInvite(data);
}

export function inviteAttachment(db: DbOrTx, meeting: MeetingRow, method: InviteMethod, options: InviteOptions): Attachment | undefined {
  const data = inviteData(db, meeting, method, options);
  return data && renderInviteAttachment(data);
}
