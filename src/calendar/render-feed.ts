/**
 * A subscribed calendar as iCalendar text: every meeting (cancelled ones as STATUS:CANCELLED) and its agenda
 * deadline as a short event of its own, with refresh hints (REFRESH-INTERVAL, X-PUBLISHED-TTL).
 */
import type { FeedData } from "./calendar-data.js";
import { addEvent, calendarToString, newCalendar } from "./calendar-string.js";
import { deadlineEvent, meetingEvent } from "./meeting-event.js";

/** @example renderFeed({ name: "Yhdyspinta – Johtoryhmä", zone: "Europe/Helsinki", entries, … }) */
export function renderFeed(data: FeedData): string {
  const styled = newCalendar({ name: data.name, zone: data.zone, ttl: data.ttl });
  for (const entry of data.entries) {
    const input = { ...entry, site: data, locale: data.locale };
    addEvent(styled, meetingEvent(input));
    addEvent(styled, deadlineEvent(input));
  }
  return calendarToString(styled);
}
