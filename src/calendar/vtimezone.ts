/**
 * A VTIMEZONE for any IANA zone, written from the zone's real offset changes (luxon, i.e. the IANA database) over
 * the years a calendar's events span, so no parser has to know the TZID (issue 19 point 4). When every change of
 * a kind follows one yearly rule (the EU's last Sunday of March, the US's second Sunday of March, …) it is one
 * STANDARD and one DAYLIGHT with an RRULE, the form Outlook reads best (MS-OXCICAL 2.1.3.2.1), ended by UNTIL
 * when the rule stops inside the span; otherwise each change is an observance of its own. A zone with no change
 * in the span gets one STANDARD with its fixed offset.
 */
import { DateTime } from "luxon";
import { type ZoneTransition, transitionsOf } from "./zoned-time.js";

const MINUTE = 60_000;
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** "+0200", "-0330" (RFC 5545 §3.3.14). */
export function formatOffset(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

/** The local time just before the change, in the offset that was in force (RFC 5545 §3.6.5: DTSTART is local). */
function localStart(transition: ZoneTransition): string {
  const local = new Date(transition.at + transition.from * MINUTE);
  return `${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}00`;
}

/** "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" for the last Sunday of March, and a key that also holds the time and offsets. */
function yearlyRule(transition: ZoneTransition): { key: string; rule: string } {
  const local = new Date(transition.at + transition.from * MINUTE);
  const day = local.getUTCDate();
  const month = local.getUTCMonth() + 1;
  const weekday = DAYS[(local.getUTCDay() + 6) % 7]!;
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), month, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const time = `${local.getUTCHours()}:${local.getUTCMinutes()}`;
  const rule = `FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${weekday}`;
  return { key: `${rule}|${time}|${transition.from}|${transition.to}`, rule };
}

/** TZNAME when the zone has a well-known abbreviation ("EET", "CEST", "EDT"); never a bare "GMT+2". */
function abbreviation(ms: number, zone: string): string | undefined {
  for (const locale of ["en-US", "en-GB"]) {
    const name = DateTime.fromMillis(ms, { zone, locale }).offsetNameShort;
    if (name && !/^(GMT|UTC)/.test(name)) return name;
  }
  return undefined;
}

function observance(kind: "STANDARD" | "DAYLIGHT", first: ZoneTransition, zone: string, extra: string[]): string[] {
  const name = abbreviation(first.at, zone);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStart(first)}`,
    `TZOFFSETFROM:${formatOffset(first.from)}`,
    `TZOFFSETTO:${formatOffset(first.to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    ...extra,
    `END:${kind}`,
  ];
}

/** A change to a larger offset than the zone's other is summer time (DAYLIGHT); the rest are STANDARD. */
function kindOf(transition: ZoneTransition): "STANDARD" | "DAYLIGHT" {
  return transition.to > transition.from ? "DAYLIGHT" : "STANDARD";
}

/**
 * The VTIMEZONE lines of `zone` covering UTC instants `from` to `to` (a year's margin on each side).
 * @example generateVtimezone("Europe/Stockholm", Date.UTC(2027, 0), Date.UTC(2027, 11)) // ["BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", …]
 */
export function generateVtimezone(zone: string, from: number, to: number): string[] {
  const fromYear = new Date(from).getUTCFullYear() - 1;
  const toYear = new Date(to).getUTCFullYear() + 1;
  const transitions = transitionsOf(zone, fromYear, toYear);
  const head = ["BEGIN:VTIMEZONE", `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  if (transitions.length === 0) {
    const offset = DateTime.fromMillis(from, { zone }).offset;
    const fixed = { at: Date.UTC(1970, 0, 1) - offset * MINUTE, from: offset, to: offset };
    return [...head, ...observance("STANDARD", fixed, zone, []), "END:VTIMEZONE"];
  }
  const body: string[] = [];
  for (const kind of ["DAYLIGHT", "STANDARD"] as const) {
    const own = transitions.filter((t) => kindOf(t) === kind);
    if (own.length === 0) continue;
    const rules = own.map(yearlyRule);
    const years = own.map((t) => new Date(t.at).getUTCFullYear());
    const yearly = own.length > 1 && rules.every((r) => r.key === rules[0]!.key) && years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
    const last = own[own.length - 1]!;
    const until = years[years.length - 1]! < toYear ? `;UNTIL=${utcStamp(last.at)}` : "";
    if (yearly) body.push(...observance(kind, own[0]!, zone, [`RRULE:${rules[0]!.rule}${until}`]));
    else for (const t of own) body.push(...observance(kind, t, zone, []));
  }
  return [...head, ...body, "END:VTIMEZONE"];
}
