/**
 * One meeting as an iCalendar event (feeds and invites share it), and its agenda deadline as a short event of
 * its own. UID is stable per meeting; SEQUENCE is the meeting's own counter, raised by every visible change.
 */
import { ICalEventStatus, ICalEventTransparency, type ICalEventData, type ICalOrganizer } from "ical-generator";
import { t } from "../i18n/catalog.js";
import { formatDateTime } from "../i18n/format.js";
import type { Locale } from "../i18n/locale.js";
import type { CalendarEntry, CalendarMeetingStatus, CalendarPerson, CalendarSite } from "./calendar-data.js";
import { forumCategories, forumName, meetingSummary } from "./calendar-text.js";
import { cleanParam, cleanText } from "./ical-text.js";
import { meetingPageUrl } from "./urls.js";
import { zonedTime } from "./zoned-time.js";

export interface MeetingEventInput extends CalendarEntry {
  site: CalendarSite;
  locale: Locale;
  /** DTSTAMP; feeds use the meeting's last change so the output is stable, invites the sending time. */
  stamp?: number;
}

const STATUS: Record<CalendarMeetingStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** @example meetingUid("JOHTO-2027-2", "yhdyspinta.example.fi") // "JOHTO-2027-2@yhdyspinta.example.fi" */
export function meetingUid(meetingId: string, uidDomain: string): string {
  return `${meetingId}@${uidDomain}`;
}

function organizerOf(person: CalendarPerson | undefined): ICalOrganizer | undefined {
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
  const { meeting, forum, locale, site } = input;
  const url = meetingPageUrl(site.publicUrl, meeting, forum, locale);
  const organizer = organizerOf(input.organizer);
  const location = meeting.place ?? meeting.onlineUrl ?? forum.defaultPlace;
  return {
    id: meetingUid(meeting.id, site.uidDomain),
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
  const { meeting, forum, locale, site } = input;
  const url = meetingPageUrl(site.publicUrl, meeting, forum, locale);
  return {
    id: meetingUid(`${meeting.id}-deadline`, site.uidDomain),
    sequence: meeting.sequence,
    stamp: new Date(input.stamp ?? meeting.updatedAt),
    lastModified: new Date(meeting.updatedAt),
    start: zonedTime(input.agendaDeadline, meeting.zone),
    end: zonedTime(input.agendaDeadline + 15 * 60_000, meeting.zone),
    timezone: meeting.zone,
    summary: cleanText(t(locale, "feeds.summary.deadline", { forum: forumName(forum, locale) }), 500).replace(/\n+/g, " "),
    description: cleanText(url),
    url,
    status: meeting.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.TRANSPARENT,
  };
}
