/**
 * Addresses our server answers for meetings and feeds. Pages of private forums carry the meeting's unguessable
 * `pageKey`; invite downloads always do, so a meeting id alone never opens anything private.
 */
import type { Locale } from "../i18n/locale.js";
import type { CalendarForum, CalendarMeeting } from "./calendar-data.js";

type MeetingAddress = Pick<CalendarMeeting, "id" | "pageKey">;

/** The host part of PUBLIC_URL, used in UIDs (`JOHTO-2027-2@yhdyspinta.example.fi`). */
export function hostOf(publicUrl: string): string {
  return new URL(publicUrl).hostname;
}

/** @example meetingPageUrl("https://y.fi", meeting, forum, "sv") // "https://y.fi/meetings/JOHTO-2027-2?lang=sv" */
export function meetingPageUrl(publicUrl: string, meeting: MeetingAddress, forum: Pick<CalendarForum, "isPublic">, locale?: Locale): string {
  const path = forum.isPublic ? `/meetings/${meeting.id}` : `/meetings/${meeting.id}/${meeting.pageKey}`;
  return `${publicUrl}${path}${locale ? `?lang=${locale}` : ""}`;
}

/** Where the .ics invite of a meeting can be downloaded (METHOD:CANCEL once the meeting is cancelled). */
export function inviteUrl(publicUrl: string, meeting: MeetingAddress, locale: Locale): string {
  return `${publicUrl}/invites/${meeting.id}/${meeting.pageKey}.ics?lang=${locale}`;
}

export function feedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/ical/${token}.ics`;
}

/** The same feed for calendars that open `webcal://` links (Apple, Outlook). */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:\/\//, "webcal://");
}
