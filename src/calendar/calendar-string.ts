/**
 * A calendar in our house style: our PRODID, the zone's VTIMEZONE, and calendar-level properties written before
 * the first component (ical-generator appends `x()` properties after the events and writes NAME unescaped).
 * Events are ical-generator's own serialisation; only the final folding is ours (see ./fold-lines.ts).
 */
import ical, { ICalEvent, type ICalCalendar, type ICalCalendarMethod, type ICalEventData } from "ical-generator";
import { foldLines } from "./fold-lines.js";
import { escapeValue } from "./ical-text.js";
import { generateVtimezone } from "./vtimezone.js";

/** ical-generator writes "PRODID:-" before this. */
export const PRODID = "//Yhdyspinta//Yhdyspinta//FI";

export interface CalendarOptions {
  name: string;
  zone: string;
  method?: ICalCalendarMethod;
  /** Refresh hint in seconds (REFRESH-INTERVAL and X-PUBLISHED-TTL); feeds only. */
  ttl?: number;
}

export interface StyledCalendar {
  calendar: ICalCalendar;
  header: string[];
  zone: string;
  events: ICalEvent[];
}

export function newCalendar(options: CalendarOptions): StyledCalendar {
  // No calendar-level `timezone`: it would make ical-generator write DTSTAMP in local time. Events carry the zone.
  const calendar = ical({ prodId: PRODID, ttl: options.ttl ?? null, method: options.method ?? null });
  const header = [`X-WR-CALNAME:${escapeValue(options.name)}`, `X-WR-TIMEZONE:${options.zone}`, "CALSCALE:GREGORIAN"];
  return { calendar, header, zone: options.zone, events: [] };
}

export function addEvent(styled: StyledCalendar, data: ICalEventData): ICalEvent {
  const event = new ICalEvent(data, styled.calendar);
  styled.events.push(event);
  return event;
}

/** BEGIN:VCALENDAR, properties, VTIMEZONE, events, END:VCALENDAR (RFC 5545 §3.6: properties before components). */
export function calendarToString(styled: StyledCalendar): string {
  const text = styled.calendar.toString();
  const end = text.lastIndexOf("END:VCALENDAR");
  const zones = new Set(styled.events.map((e) => e.timezone()).filter((z): z is string => !!z));
  const timezones = [...zones]
    .map(generateVtimezone)
    .filter((z): z is string => z !== null)
    .map((z) => `${z}\r\n`);
  const body = [styled.header.join("\r\n"), "\r\n", ...timezones, ...styled.events.map((e) => e.toString())].join("");
  return `${text.slice(0, end)}${foldLines(body)}END:VCALENDAR`;
}
