/** Test helpers for iCalendar text: unfolded lines, one event by UID, and parsing with the independent ical.js. */
import ICAL from "ical.js";
import { expect } from "vitest";

/** Lines after unfolding (RFC 5545 §3.1: CRLF followed by one space or tab continues the line). */
export function unfolded(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** The unfolded lines of the VEVENT whose UID starts with `uidPrefix`. */
export function eventLines(ics: string, uidPrefix: string): string[] {
  const lines = unfolded(ics);
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "BEGIN:VEVENT") start = i;
    if (start >= 0 && lines[i]!.startsWith(`UID:${uidPrefix}`)) {
      const end = lines.indexOf("END:VEVENT", i);
      return lines.slice(start, end + 1);
    }
  }
  return [];
}

export function parse(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return calendar;
}

export function parsedEvent(ics: string, uid: string): ICAL.Event | undefined {
  const vevent = parse(ics)
    .getAllSubcomponents("vevent")
    .find((e) => e.getFirstPropertyValue("uid") === uid);
  return vevent ? new ICAL.Event(vevent) : undefined;
}

/** Every physical line is at most 75 octets and CRLF-terminated; no bare CR or LF anywhere. */
export function expectWellFolded(ics: string): void {
  const physical = ics.split("\r\n");
  for (const line of physical) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).toBe(false);
}
