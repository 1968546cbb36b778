/**
 * One meeting as a VEVENT (feeds and invites share it), and its agenda deadline as a short event of its own. The
 * UID is stable per meeting; SEQUENCE is the meeting's own counter, raised by a change of time, place or status
 * and not by an answer (RFC 5546 §2.1.4); an answer moves DTSTAMP and LAST-MODIFIED instead.
 */
import { t } from "../i18n/catalog.js";
import { formatDateTime } from "../i18n/format.js";
import type { Locale } from "../i18n/locale.js";
import type { CalendarAnswer, CalendarAttendee, CalendarEntry, CalendarMeetingStatus, CalendarOrganizer, CalendarSite } from "./calendar-data.js";
import { utcStamp, type ZoneSpans } from "./calendar-string.js";
import { forumCategories, forumName, meetingSummary } from "./calendar-text.js";
import { colorName } from "./colors.js";
import { cleanLine, cleanText, escapeText, mailto, paramValue } from "./ical-text.js";
import { meetingPageUrl } from "./urls.js";

export interface MeetingEventInput extends CalendarEntry {
  site: CalendarSite;
  locale: Locale;
  zones: ZoneSpans;
  /** DTSTAMP; feeds use the meeting's last change (or answer) so the output is stable, invites the sending time. */
  stamp?: number;
  /** RSVP=TRUE on every attendee: a REQUEST whose organizer takes replies. */
  rsvp?: boolean;
}

const STATUS: Record<CalendarMeetingStatus, string> = {
  scheduled: "CONFIRMED",
  held: "CONFIRMED",
  tentative: "TENTATIVE",
  cancelled: "CANCELLED",
};

const PARTSTAT: Record<CalendarAnswer, string> = { none: "NEEDS-ACTION", attend: "ACCEPTED", decline: "DECLINED", delegated: "DELEGATED" };
const ROLE: Record<CalendarAttendee["role"], string> = { chair: "CHAIR", required: "REQ-PARTICIPANT", optional: "OPT-PARTICIPANT" };

/** @example meetingUid("JOHTO-2027-2", "yhdyspinta.example.fi") // "JOHTO-2027-2@yhdyspinta.example.fi" */
export function meetingUid(meetingId: string, uidDomain: string): string {
  return `${meetingId}@${uidDomain}`;
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
  return lines.join("\n");
}

function organizerLine(organizer: CalendarOrganizer): string {
  const sentBy = organizer.sentBy && organizer.sentBy.toLowerCase() !== organizer.email.toLowerCase() ? `;SENT-BY="${mailto(organizer.sentBy)}"` : "";
  return `ORGANIZER;CN=${paramValue(organizer.name, true)}${sentBy}:${mailto(organizer.email)}`;
}

function attendeeLine(attendee: CalendarAttendee, rsvp: boolean): string {
  const params = [
    "CUTYPE=INDIVIDUAL",
    `ROLE=${ROLE[attendee.role]}`,
    `PARTSTAT=${PARTSTAT[attendee.answer]}`,
    `RSVP=${rsvp ? "TRUE" : "FALSE"}`,
    ...(attendee.delegatedTo ? [`DELEGATED-TO="${mailto(attendee.delegatedTo)}"`] : []),
    ...(attendee.delegatedFrom ? [`DELEGATED-FROM="${mailto(attendee.delegatedFrom)}"`] : []),
    `CN=${paramValue(attendee.name, true)}`,
  ];
  return `ATTENDEE;${params.join(";")}:${mailto(attendee.email)}`;
}

/** RFC 7986 COLOR: a CSS3 name. */
function colorLine(color: string | null | undefined): string[] {
  const name = color ? colorName(color) : undefined;
  return name ? [`COLOR:${name}`] : [];
}

/** The last change people can see: the meeting's own, or a later answer. */
function changedAt(input: CalendarEntry): number {
  return Math.max(input.meeting.updatedAt, input.answeredAt ?? 0);
}

export function meetingEvent(input: MeetingEventInput): string[] {
  const { meeting, forum, locale, site, zones } = input;
  const url = meetingPageUrl(site.publicUrl, meeting, forum, locale);
  const location = meeting.place ?? meeting.onlineUrl ?? forum.defaultPlace;
  const organizer = input.organizer;
  const attendees = input.attendees.filter((a) => a.email.toLowerCase() !== organizer.email.toLowerCase());
  const lines = [
    "BEGIN:VEVENT",
    `UID:${meetingUid(meeting.id, site.uidDomain)}`,
    `SEQUENCE:${meeting.sequence}`,
    `DTSTAMP:${utcStamp(input.stamp ?? changedAt(input))}`,
    `CREATED:${utcStamp(meeting.createdAt)}`,
    `LAST-MODIFIED:${utcStamp(changedAt(input))}`,
    zones.dateTime("DTSTART", meeting.startsAt, meeting.zone),
    zones.dateTime("DTEND", meeting.endsAt, meeting.zone),
    `SUMMARY:${escapeText(cleanLine(meetingSummary(forum, locale)))}`,
    ...(location ? [`LOCATION:${escapeText(cleanLine(location, 20_000))}`] : []),
    `DESCRIPTION:${escapeText(cleanText(describe(input, url)))}`,
    `URL:${url}`,
    `STATUS:${STATUS[meeting.status]}`,
    `CATEGORIES:${forumCategories(forum, locale).map(escapeText).join(",")}`,
    ...colorLine(forum.color),
    organizerLine(organizer),
    ...attendees.map((a) => attendeeLine(a, input.rsvp === true)),
    "END:VEVENT",
  ];
  return lines;
}

/** The agenda deadline as a 15-minute free-time event with its own stable UID; cancelled with its meeting. */
export function deadlineEvent(input: MeetingEventInput): string[] {
  const { meeting, forum, locale, site, zones } = input;
  const url = meetingPageUrl(site.publicUrl, meeting, forum, locale);
  return [
    "BEGIN:VEVENT",
    `UID:${meetingUid(`${meeting.id}-deadline`, site.uidDomain)}`,
    `SEQUENCE:${meeting.sequence}`,
    `DTSTAMP:${utcStamp(input.stamp ?? meeting.updatedAt)}`,
    `LAST-MODIFIED:${utcStamp(meeting.updatedAt)}`,
    zones.dateTime("DTSTART", input.agendaDeadline, meeting.zone),
    zones.dateTime("DTEND", input.agendaDeadline + 15 * 60_000, meeting.zone),
    `SUMMARY:${escapeText(cleanLine(t(locale, "feeds.summary.deadline", { forum: forumName(forum, locale) })))}`,
    `DESCRIPTION:${escapeText(url)}`,
    `URL:${url}`,
    `STATUS:${meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
    ...colorLine(forum.color),
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}
