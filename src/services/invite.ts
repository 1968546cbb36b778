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
import { requireMeeting, type MeetingRow } from "./meetings.js";
import { findPerson } from "./people.js";
import { requireReadable } from "./access.js";
import { UserError } from "../errors.js";
import type { ForumRow } from "./forums.js";
import type { UseCase } from "./use-case.js";

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

/**
 * The `invite` use case: a meeting's invite again (METHOD:CANCEL once cancelled) for a person of the region who may
 * read its forum. A meeting of another region is unknown; one of a private forum is refused naming the forum.
 */
export function meetingInvite(uc: UseCase, id: string, regionId: string, publicUrl: string): { meeting: MeetingRow; forum: ForumRow; attachment: Attachment } {
  const meeting = requireMeeting(uc.db, id);
  const forum = forumById(uc.db, meeting.forumId);
  if (!forum || forum.regionId !== regionId) throw new UserError("error.unknownMeeting", { id });
  requireReadable(uc, forum);
  const method = meeting.status === "cancelled" ? "CANCEL" : "REQUEST";
  const attachment = inviteAttachment(uc.db, meeting, method, { publicUrl, locale: uc.locale, now: uc.now });
  if (!attachment) throw new UserError("error.unknownMeeting", { id });
  return { meeting, forum, attachment };
}
