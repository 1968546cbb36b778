/**
 * Wall-clock times in an IANA zone for many instants, fast. luxon asks Intl for every offset (formatToParts),
 * which was most of the cost of a 1,000-event feed; here each zone and UTC year is asked about 45 times (month
 * starts, then a binary search to the minute for each change) and every later lookup is a table read.
 * The result is a Temporal-style ZonedDateTime, which ical-generator 10 writes as `DTSTART;TZID=…:yyyymmddThhmmss`.
 */
import { DateTime } from "luxon";
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from "ical-generator";

interface Segments {
  starts: number[];
  offsets: number[];
}

const MINUTE = 60_000;
const CACHE = new Map<string, Segments>();

function luxonOffset(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** The first minute in (low, high] whose offset is `target` (the offset changes once in between). */
function findChange(low: number, high: number, zone: string, target: number): number {
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (luxonOffset(mid, zone) === target) high = mid;
    else low = mid;
  }
  return high;
}

function segmentsOf(zone: string, year: number): Segments {
  const key = `${zone}|${year}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const probes = Array.from({ length: 13 }, (_, m) => Date.UTC(year, m, 1));
  const offsets = probes.map((ms) => luxonOffset(ms, zone));
  const segments: Segments = { starts: [probes[0]!], offsets: [offsets[0]!] };
  for (let m = 0; m < 12; m++) {
    if (offsets[m] === offsets[m + 1]) continue;
    segments.starts.push(findChange(probes[m]!, probes[m + 1]!, zone, offsets[m + 1]!));
    segments.offsets.push(offsets[m + 1]!);
  }
  if (CACHE.size > 1000) CACHE.clear();
  CACHE.set(key, segments);
  return segments;
}

/** UTC offset in minutes of `zone` at instant `ms`. */
export function offsetAt(ms: number, zone: string): number {
  const { starts, offsets } = segmentsOf(zone, new Date(ms).getUTCFullYear());
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > ms) i--;
  return offsets[i]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Temporal-style plain and zoned date-times with prototype methods (no closures per instance: feeds make thousands). */
class PlainTime implements ICalTemporalPlainDateTimeStub {
  constructor(
    readonly zoned: ZonedTime,
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
  ) {}
  toPlainDate() {
    const iso = `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
    return { year: this.year, month: this.month, day: this.day, toJSON: () => iso, toString: () => iso };
  }
  toZonedDateTime(zone: string): ICalTemporalZonedDateTimeStub {
    return zone === this.zoned.timeZoneId ? this.zoned : zonedTime(this.zoned.epochMilliseconds, zone);
  }
  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}T${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

class ZonedTime implements ICalTemporalZonedDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  constructor(
    readonly epochMilliseconds: number,
    readonly timeZoneId: string,
  ) {
    const local = new Date(epochMilliseconds + offsetAt(epochMilliseconds, timeZoneId) * MINUTE);
    this.year = local.getUTCFullYear();
    this.month = local.getUTCMonth() + 1;
    this.day = local.getUTCDate();
    this.hour = local.getUTCHours();
    this.minute = local.getUTCMinutes();
    this.second = local.getUTCSeconds();
  }
  toPlainDateTime(): PlainTime {
    return new PlainTime(this, this.year, this.month, this.day, this.hour, this.minute, this.second);
  }
  withTimeZone(zone: string): ICalTemporalZonedDateTimeStub {
    return zone === this.timeZoneId ? this : zonedTime(this.epochMilliseconds, zone);
  }
  toInstant() {
    const ms = this.epochMilliseconds;
    const utc = () => new Date(ms).toISOString();
    return { epochMilliseconds: ms, toJSON: utc, toString: utc, toZonedDateTimeISO: (zone: string) => zonedTime(ms, zone) };
  }
  toString(): string {
    return `${this.toPlainDateTime().toString()}[${this.timeZoneId}]`;
  }
  toJSON(): string {
    return this.toString();
  }
}

/** @example zonedTime(Date.UTC(2027, 9, 13, 10), "Europe/Helsinki").hour // 13 */
export function zonedTime(ms: number, zone: string): ICalTemporalZonedDateTimeStub {
  return new ZonedTime(ms, zone);
}
