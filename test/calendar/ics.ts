/** Test helpers for iCalendar text: unfolded lines, one event by UID, and parsing with ical.js and python-icalendar. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

export interface PythonEvent {
  uid: string;
  sequence: number;
  start: string | null;
  end: string | null;
  status: string;
  summary: string;
  color: string;
  organizer: Record<string, string> | null;
  attendees: Record<string, string>[];
}

export interface PythonCalendar {
  crlfEnd: boolean;
  errors: string[];
  method: string;
  name: string;
  calname: string;
  description: string;
  color: string;
  xwr: string[];
  zones: string[];
  events: PythonEvent[];
  /** DTSTART instants by UID as vobject read them, when python3-vobject is installed. */
  vobject: Record<string, string> | null;
}

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const SCRIPT = fileURLToPath(new URL("./parse_ics.py", import.meta.url));

/**
 * Parses with python-icalendar (Debian's python3-icalendar), a second independent parser; instants are resolved
 * through our own VTIMEZONE. Fails with what to install when it is missing.
 */
export function parseWithPython(ics: string): PythonCalendar {
  const run = spawnSync(PYTHON, [SCRIPT], { input: ics, encoding: "utf8" });
  if (run.status !== 0) {
    if (/No module named .?icalendar/.test(run.stderr)) throw new Error("python3-icalendar is not installed: apt-get install python3-icalendar");
    throw new Error(`python-icalendar could not read the calendar:\n${run.stderr || run.error}`);
  }
  return JSON.parse(run.stdout) as PythonCalendar;
}

/** One event as python-icalendar read it; vobject, when present, must place its start at the same instant. */
export function pythonEvent(calendar: PythonCalendar, uid: string): PythonEvent {
  const event = calendar.events.find((e) => e.uid === uid);
  if (!event) throw new Error(`no event ${uid} in ${calendar.events.map((e) => e.uid).join(", ")}`);
  if (calendar.vobject) expect(calendar.vobject[uid], `vobject's DTSTART of ${uid}`).toBe(event.start);
  return event;
}
