/**
 * One meeting as an iCalendar event (feeds and invites share it), and its agenda deadline as a short event of
 * its own. UID is stable per meeting; SEQUENCE is the meeting's own counter, raised by every visible change.
 */
import { ICalEventStatus, ICalEventTransparency, type ICalEventData, type ICalOrganizer } from "ical-generator";
import { t } from "../i18n/catalog.js";
import { formatDateTime } from "../i18n/format.js";
import type { Locale } from "../i18n/locale.js";
import type { MeetingRow } from "../services/meetings.js";
import type { ForumRow } from "../services/forums.js";
import type { PersonRow } from "../services/people.js";
import { forumCategories, forumName, meetingSummary } from "./calendar-text.js";
import { cleanParam, cleanText } from "./ical-text.js";
import { hostOf, meetingPageUrl } from "./urls.js";
import { zonedTime } from "./zoned-time.js";

export interface MeetingEventInput {
  meeting: MeetingRow;
  forum: ForumRow;
  /** The convener (else the secretary): ORGANIZER when they have an e-mail address. */
  organizer?: Pick<PersonRow, "name" | "email">;
  locale: Locale;
  publicUrl: string;
  /** UTC ms of the agenda deadline (`agendaDeadlineOf`). */
  agendaDeadline: number;
  /** Text of the published agenda, when there is one. */
  agendaSummary?: string;
  /** DTSTAMP; feeds use the meeting's last change so the output is stable, invites the sending time. */
  stamp?: number;
}

const STATUS: Record<MeetingRow["status"], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

export function meetingUid(meeting: Pick<MeetingRow, "id">, publicUrl: string): string {
  return `${meeting.id}@${hostOf(publicUrl)}`;
}

export function organizerOf(person: Pick<PersonRow, "name" | "email"> | undefined): ICalOrganizer | undefined {
  return person?.email ? { name: cleanParam(person.name), email: person.email } : undefined;
}

function describe(input: MeetingEventInput, url: string): string {
  const { meeting, locale } = input;
  const lines: string[] = [];
  if (meeting.status === "cancelled") {
    lines.push(
      meeting.cancelReason ? t(locale, "feeds.description.cancelReason", { reason: meeting.cancelReason }) : t(locale, "feeds.description.cancelled"),
      "",
    );
  }
  if (input.agendaSummary) lines.push(t(locale, "feeds.description.agenda"), input.agendaSummary, "");
  lines.push(t(locale, "feeds.description.deadline", { when: formatDateTime(input.agendaDeadline, locale, meeting.zone) }));
  if (meeting.onlineUrl) lines.push(t(locale, "feeds.description.online", { url: meeting.onlineUrl }));
  lines.push(t(locale, "feeds.description.link", { url }));
  return cleanText(lines.join("\n"));
}

export function meetingEvent(input: MeetingEventInput): ICalEventData {
  const { meeting, forum, locale, publicUrl } = input;
  const url = meetingPageUrl(publicUrl, meeting, forum, locale);
  const organizer = organizerOf(input.organizer);
  const location = meeting.place ?? meeting.onlineUrl ?? forum.defaultPlace;
  return {
    id: meetingUid(meeting, publicUrl),
    sequence: meeting.sequence,
    stamp: new Date(input.stamp ?? meeting.updatedAt),
    created: new Date(meeting.createdAt),
    lastModified: new Date(meeting.updatedAt),
    start: zonedTime(meeting.startsAt, meeting.zone),
    end: zonedTime(meeting.endsAt, meeting.zone),
    timezone: meeting.zone,
    summary: cleanText(meetingSummary(forum, locale), 500).replace(/\n+/g, " "),
    location: location ? cleanText(location).replace(/\n+/g, " ") : null,
    description: describe(input, url),
    url,
    status: STATUS[meeting.status],
    categories: forumCategories(forum, locale).map((name) => ({ name })),
    ...(organizer ? { organizer } : {}),
  };
}

/** The agenda deadline as a 15-minute event with its own stable UID; cancelled with its meeting. */
export function deadlineEvent(input: MeetingEventInput): ICalEventData {
  const { meeting, forum, locale, publicUrl } = input;
  return {
    id: `${meeting.id}-deadline@${hostOf(publicUrl)}`,
    sequence: meeting.sequence,
    stamp: new Date(input.stamp ?? meeting.updatedAt),
    lastModified: new Date(meeting.updatedAt),
    start: zonedTime(input.agendaDeadline, meeting.zone),
    end: zonedTime(input.agendaDeadline + 15 * 60_000, meeting.zone),
    timezone: meeting.zone,
    summary: cleanText(t(locale, "feeds.summary.deadline", { forum: forumName(forum, locale) }), 500).replace(/\n+/g, " "),
    description: cleanText(meetingPageUrl(publicUrl, meeting, forum, locale)),
    url: meetingPageUrl(publicUrl, meeting, forum, locale),
    status: meeting.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
  };
}
