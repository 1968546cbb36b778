/**
 * Writes a VCALENDAR: our PRODID, calendar properties before any component (RFC 5545 §3.6), a VTIMEZONE for each
 * zone the events name (over the span they cover), the events, folded to 75 octets, every line (the last one
 * too) ending in CRLF (§3.1 and the grammar of §3.4).
 */
import { foldLines } from "./fold-lines.js";
import { generateVtimezone } from "./vtimezone.js";
import { isRepeatedWallTime, wallTime } from "./zoned-time.js";

export const PRODID = "-//Yhdyspinta//Yhdyspinta//FI";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** @example utcStamp(Date.UTC(2027, 8, 1, 8)) // "20270901T080000Z" */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Collects the zones events use and the span of instants each must cover. */
export class ZoneSpans {
  private readonly spans = new Map<string, { from: number; to: number }>();

  /** `DTSTART;TZID=Europe/Helsinki:20271013T130000`, or UTC for a time in the repeated autumn hour. */
  dateTime(name: string, ms: number, zone: string): string {
    if (zone === "UTC" || zone === "Etc/UTC" || isRepeatedWallTime(ms, zone)) return `${name}:${utcStamp(ms)}`;
    const span = this.spans.get(zone);
    if (!span) this.spans.set(zone, { from: ms, to: ms });
    else if (ms < span.from) span.from = ms;
    else if (ms > span.to) span.to = ms;
    const w = wallTime(ms, zone);
    return `${name};TZID=${zone}:${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
  }

  /** Widens a zone's span to cover `from`–`to` (another set's span, e.g. of events rendered earlier). */
  cover(zone: string, from: number, to: number): void {
    const span = this.spans.get(zone);
    if (!span) this.spans.set(zone, { from, to });
    else {
      span.from = Math.min(span.from, from);
      span.to = Math.max(span.to, to);
    }
  }

  /** The zones used, in order of first use, with their spans. */
  list(): [zone: string, from: number, to: number][] {
    return [...this.spans].map(([zone, span]) => [zone, span.from, span.to]);
  }

  /** Adds a zone the calendar names even when no event uses it (X-WR-TIMEZONE). */
  include(zone: string, ms: number): void {
    if (!this.spans.has(zone) && zone !== "UTC") this.spans.set(zone, { from: ms, to: ms });
  }

  vtimezones(): string[] {
    return [...this.spans].flatMap(([zone, span]) => generateVtimezone(zone, span.from, span.to));
  }
}

/** BEGIN:VCALENDAR, properties, VTIMEZONEs, events, END:VCALENDAR, with the final CRLF. */
export function calendarToString(properties: string[], zones: ZoneSpans, events: string[][]): string {
  return calendarWithFoldedEvents(properties, zones, events.map(foldedLines));
}

/** Lines folded, each ending in CRLF: text that can stand anywhere between BEGIN:VCALENDAR and END:VCALENDAR. */
export function foldedLines(lines: string[]): string {
  return `${foldLines(lines.join("\r\n"))}\r\n`;
}

/** As calendarToString, with events already folded (foldedLines): folding is per line, so the text is the same. */
export function calendarWithFoldedEvents(properties: string[], zones: ZoneSpans, events: string[]): string {
  const head = foldedLines(["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", ...properties, ...zones.vtimezones()]);
  return `${head}${events.join("")}END:VCALENDAR\r\n`;
}
