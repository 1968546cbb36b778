/**
 * The local wall-clock fields of an instant in an IANA zone, with the zone's offset remembered per UTC hour. A luxon
 * DateTime asks Intl for the offset on every instant (`formatToParts`), which was a third of a `calendar` reply
 * (issue 18, the Teams bench); an offset changes only at a transition, and an hour whose two ends agree has none
 * inside it (no zone changes its offset twice within an hour), so that hour's offset is kept.
 *
 * @example localTime(Date.parse("2027-03-28T01:00:00Z"), "Europe/Helsinki") // { hour: 4, … } — summer time began at 03.00
 */
import { IANAZone, type Zone } from "luxon";

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday (ISO, as luxon's `weekday`). */
  weekday: number;
}

const HOUR_MS = 3_600_000;
/**
 * Hours kept per zone before the memory starts over: about eleven years of every hour (a national report's ten years
 * of meetings fit), a few MB at most.
 */
const MAX_HOURS = 100_000;
const OFFSETS = new Map<string, Map<number, number>>();

/** The zone's offset from UTC in minutes at `ms` (NaN for a zone Intl does not know). */
export function zoneOffset(ms: number, zone: string): number {
  const hour = Math.floor(ms / HOUR_MS);
  let hours = OFFSETS.get(zone);
  const known = hours?.get(hour);
  if (known !== undefined) return known;
  const iana = IANAZone.create(zone);
  const start = iana.offset(hour * HOUR_MS);
  // A transition inside this hour: the exact answer, not kept.
  if (start !== iana.offset(hour * HOUR_MS + HOUR_MS - 1)) return iana.offset(ms);
  if (!hours || hours.size >= MAX_HOURS) {
    hours = new Map();
    OFFSETS.set(zone, hours);
  }
  hours.set(hour, start);
  return start;
}

/** Year, month, day, hour, minute and ISO weekday of `ms` on the clocks of `zone` (NaN fields for an unknown zone). */
export function localTime(ms: number, zone: string): LocalTime {
  const local = new Date(ms + zoneOffset(ms, zone) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

/** A luxon zone answering offsets from the same per-hour memory, for DateTime arithmetic on a hot path. */
class RememberedZone extends IANAZone {
  override offset(ts: number): number {
    return zoneOffset(ts, this.name);
  }
}

const ZONES = new Map<string, Zone>();

/**
 * The zone for `DateTime.fromMillis(ms, { zone: rememberedZone(name) })`: the same answers as the zone's name,
 * without asking Intl on every step (`plus({ months: 12 })` asks three times).
 */
export function rememberedZone(name: string): Zone {
  let zone = ZONES.get(name);
  if (!zone) {
    zone = new RememberedZone(name);
    ZONES.set(name, zone);
  }
  return zone;
}
