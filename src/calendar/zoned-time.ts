/**
 * Wall-clock times and offset changes of an IANA zone, fast. luxon asks Intl for every offset (formatToParts),
 * which was most of the cost of a 1,000-event feed; here each zone and UTC year is asked about 45 times (month
 * starts, then a binary search to the minute for each change) and every later lookup is a table read. The same
 * tables give the transitions a VTIMEZONE is written from (./vtimezone.ts).
 */
import { DateTime } from "luxon";

interface Segments {
  starts: number[];
  offsets: number[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CACHE = new Map<string, Segments>();

function luxonOffset(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** The first minute in (low, high] whose offset is `target` (the offset changes once in between). */
function findChange(low: number, high: number, zone: string, target: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (luxonOffset(mid, zone) === target) hi = mid;
    else lo = mid;
  }
  return hi;
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

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday (ISO, as luxon's `weekday`). */
  weekday: number;
}

/** @example wallTime(Date.UTC(2027, 9, 13, 10), "Europe/Helsinki").hour // 13 */
export function wallTime(ms: number, zone: string): WallTime {
  const local = new Date(ms + offsetAt(ms, zone) * MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

/**
 * Whether the wall-clock time of `ms` in `zone` happens twice (the repeated hour when clocks go back). RFC 5545
 * §3.3.5 says such a local time means its first occurrence, but parsers disagree, so these are written in UTC.
 */
export function isRepeatedWallTime(ms: number, zone: string): boolean {
  const own = offsetAt(ms, zone);
  const local = ms + own * MINUTE;
  for (const other of new Set([offsetAt(ms - 3 * HOUR, zone), offsetAt(ms + 3 * HOUR, zone)])) {
    if (other === own) continue;
    const twin = local - other * MINUTE;
    if (twin !== ms && offsetAt(twin, zone) === other) return true;
  }
  return false;
}

/** One change of a zone's offset: at UTC instant `at`, from `from` to `to` minutes east of UTC. */
export interface ZoneTransition {
  at: number;
  from: number;
  to: number;
}

/** Every offset change of `zone` in the UTC years `fromYear` to `toYear`, oldest first. */
export function transitionsOf(zone: string, fromYear: number, toYear: number): ZoneTransition[] {
  const result: ZoneTransition[] = [];
  let previous = offsetAt(Date.UTC(fromYear, 0, 1) - 1, zone);
  for (let year = fromYear; year <= toYear; year++) {
    const { starts, offsets } = segmentsOf(zone, year);
    for (let i = 0; i < starts.length; i++) {
      if (offsets[i] !== previous) result.push({ at: starts[i]!, from: previous, to: offsets[i]! });
      previous = offsets[i]!;
    }
  }
  return result;
}
