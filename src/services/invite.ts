/**
 * A meeting's invite from the store: its forum, organizer, members with their answers and the published agenda
 * gathered into the plain data src/calendar renders (METHOD:REQUEST or METHOD:CANCEL). Used by announcements,
 * reminders, `invite` and the download route; re-sent invites carry the answers given since.
 */
import type { DbOrTx } from "../../db/connection.js";
import type { InviteData, InviteMethod } from "../calendar/calendar-data.js";
import { forumName } from "../calendar/calendar-text.js";
import { renderInvite, renderInviteAttachment } from "../calendar/invite.js";
import type { Attachment } from "../conversation/reply.js";
import type { Locale } from "../i18n/locale.js";
import { agendaSummaryOf } from "./agenda/agenda-summary.js";
import { attendeesOf, contactsByIds, convenerOf, organizerOf, responsesByMeeting } from "./calendar-entries.js";
import { calendarSettings } from "./calendar-settings.js";
import { forumById, listMembers } from "./forums.js";
import { agendaDeadlineOf } from "./agenda-deadline.js";
import type { MeetingRow } from "./meetings.js";
import { findPerson } from "./people.js";

export interface InviteOptions {
  publicUrl: string;
  locale: Locale;
  now: number;
}

/** The invite's data, or undefined when the meeting's forum is gone. */
export function inviteData(db: DbOrTx, meeting: MeetingRow, method: InviteMethod, options: InviteOptions): InviteData | undefined {
  const forum = forumById(db, meeting.forumId);
  if (!forum) return undefined;
  const settings = calendarSettings(db, options.publicUrl);
  const responses = responsesByMeeting(db, [meeting.id]).get(meeting.id) ?? [];
  const deputies = contactsByIds(
    db,
    responses.flatMap((r) => (r.deputyId ? [r.deputyId] : [])),
  );
  const contact = (id: string) => deputies.get(id) ?? findPerson(db, id);
  const { attendees, answeredAt } = attendeesOf(listMembers(db, forum.id), responses, contact);
  return {
    method,
    locale: options.locale,
    stamp: options.now,
    publicUrl: options.publicUrl,
    uidDomain: settings.uidDomain,
    entry: {
      meeting,
      forum,
      organizer: organizerOf(forum, forumName(forum, options.locale), convenerOf(forum, contact), settings),
      attendees,
      ...(answeredAt !== undefined ? { answeredAt } : {}),
      agendaDeadline: agendaDeadlineOf(meeting, forum),
      agendaSummary: agendaSummaryOf(db, meeting.id, options.locale),
    },
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
