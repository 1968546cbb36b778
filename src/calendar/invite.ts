/**
 * The .ics invite of a meeting (RFC 5546 iTIP): METHOD:REQUEST when scheduled, moved or re-sent, METHOD:CANCEL
 * when cancelled; the forum's mailbox (or a configured address) as ORGANIZER with the convener as SENT-BY; the
 * members as ATTENDEEs with their answers from chat as PARTSTAT. One appointment carries no calendar name or
 * X-WR-* property (MS-OXCICAL: Outlook would name a new calendar folder after it).
 */
import type { Attachment } from "../conversation/reply.js";
import type { InviteData } from "./calendar-data.js";
import { calendarToString, ZoneSpans } from "./calendar-string.js";
import { meetingEvent } from "./meeting-event.js";
import { inviteUrl } from "./urls.js";

/** @example renderInvite(data) // "BEGIN:VCALENDAR\r\n…METHOD:REQUEST\r\n…" */
export function renderInvite(data: InviteData): string {
  const { entry } = data;
  const zones = new ZoneSpans();
  const meeting = data.method === "CANCEL" ? { ...entry.meeting, status: "cancelled" as const } : entry.meeting;
  const rsvp = data.method === "REQUEST" && entry.organizer.takesReplies;
  const event = meetingEvent({ ...entry, meeting, site: data, locale: data.locale, stamp: data.stamp, zones, rsvp });
  return calendarToString([`METHOD:${data.method}`], zones, [event]);
}

/** The invite as a chat attachment (MIME `method=` matching METHOD), with the link that downloads it again. */
export function renderInviteAttachment(data: InviteData): Attachment {
  return {
    filename: `${data.entry.meeting.id}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${data.method}`,
    content: renderInvite(data),
    url: inviteUrl(data.publicUrl, data.entry.meeting, data.locale),
  };
}
