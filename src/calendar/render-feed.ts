/**
 * A subscribed calendar as iCalendar text: every meeting (cancelled ones as STATUS:CANCELLED) and its agenda
 * deadline as a short event of its own. Calendar properties in both the RFC 7986 form (NAME, DESCRIPTION, COLOR,
 * REFRESH-INTERVAL) and the older X-WR-/X-PUBLISHED-TTL/X-APPLE- form that Outlook, Google and Apple read.
 */
import type { FeedData } from "./calendar-data.js";
import { calendarToString, ZoneSpans } from "./calendar-string.js";
import { colorName, hexOfColor } from "./colors.js";
import { escapeText } from "./ical-text.js";
import { deadlineEvent, meetingEvent } from "./meeting-event.js";

function ttl(seconds: number): string {
  return seconds % 3600 === 0 ? `PT${seconds / 3600}H` : `PT${Math.max(1, Math.round(seconds / 60))}M`;
}

function calendarProperties(data: FeedData): string[] {
  const name = escapeText(data.name.replace(/\s+/g, " "));
  const description = escapeText(data.description);
  const color = data.color ? colorName(data.color) : undefined;
  const hex = data.color ? hexOfColor(data.color) : undefined;
  return [
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    `DESCRIPTION:${description}`,
    `X-WR-CALDESC:${description}`,
    ...(color && hex ? [`COLOR:${color}`, `X-APPLE-CALENDAR-COLOR:${hex}`] : []),
    `X-WR-TIMEZONE:${data.zone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${ttl(data.ttl)}`,
    `X-PUBLISHED-TTL:${ttl(data.ttl)}`,
  ];
}

/** @example renderFeed({ name: "Yhdyspinta – Johtoryhmä", zone: "Europe/Helsinki", entries, … }) // "BEGIN:VCALENDAR\r\n…" */
export function renderFeed(data: FeedData): string {
  const zones = new ZoneSpans();
  const events: string[][] = [];
  for (const entry of data.entries) {
    const input = { ...entry, site: data, locale: data.locale, zones };
    events.push(meetingEvent(input), deadlineEvent(input));
  }
  // The calendar's own zone (X-WR-TIMEZONE) is defined even when every event is in another or in UTC.
  const first = data.entries[0];
  if (first) zones.include(data.zone, first.meeting.startsAt);
  return calendarToString(calendarProperties(data), zones, events);
}
