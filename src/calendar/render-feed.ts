/**
 * A subscribed calendar as iCalendar text: every meeting (cancelled ones as STATUS:CANCELLED) and its agenda
 * deadline as a short event of its own. Calendar properties in both the RFC 7986 form (NAME, DESCRIPTION, COLOR,
 * REFRESH-INTERVAL) and the older X-WR-/X-PUBLISHED-TTL/X-APPLE- form that Outlook, Google and Apple read.
 */
import type { CalendarEntry, CalendarSite, FeedData } from "./calendar-data.js";
import { calendarWithFoldedEvents, foldedLines, ZoneSpans } from "./calendar-string.js";
import { colorName, hexOfColor } from "./colors.js";
import { escapeText } from "./ical-text.js";
import { deadlineEvent, meetingEvent } from "./meeting-event.js";

function ttl(seconds: number): string {
  return seconds % 3600 === 0 ? `PT${seconds / 3600}H` : `PT${Math.max(1, Math.round(seconds / 60))}M`;
}

function calendarProperties(data: Omit<FeedData, "entries">): string[] {
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

/** A meeting's two events as feed text, and the zone spans they need a VTIMEZONE for; a feed can keep and reuse it. */
export interface FeedEvents {
  /** The meeting's VEVENT and its agenda deadline's, folded, every line ending in CRLF. */
  text: string;
  zones: [zone: string, from: number, to: number][];
}

/** The feed text of one entry: the same for every feed that shows the entry with the same site and language. */
export function renderFeedEvents(entry: CalendarEntry, site: CalendarSite, locale: FeedData["locale"]): FeedEvents {
  const zones = new ZoneSpans();
  const input = { ...entry, site, locale, zones };
  const text = foldedLines([...meetingEvent(input), ...deadlineEvent(input)]);
  return { text, zones: zones.list() };
}

/**
 * A calendar of events rendered before (renderFeedEvents), in order; `firstStart` is the first meeting's start, which
 * places the calendar's own zone when no event uses it.
 */
export function assembleFeed(data: Omit<FeedData, "entries">, events: FeedEvents[], firstStart: number | undefined): string {
  const zones = new ZoneSpans();
  for (const event of events) for (const [zone, from, to] of event.zones) zones.cover(zone, from, to);
  // The calendar's own zone (X-WR-TIMEZONE) is defined even when every event is in another or in UTC.
  if (firstStart !== undefined) zones.include(data.zone, firstStart);
  return calendarWithFoldedEvents(
    calendarProperties(data),
    zones,
    events.map((e) => e.text),
  );
}

/** @example renderFeed({ name: "Yhdyspinta – Johtoryhmä", zone: "Europe/Helsinki", entries, … }) // "BEGIN:VCALENDAR\r\n…" */
export function renderFeed(data: FeedData): string {
  const events = data.entries.map((entry) => renderFeedEvents(entry, data, data.locale));
  return assembleFeed(data, events, data.entries[0]?.meeting.startsAt);
}
