/**
 * The wall clock of an instant in an IANA zone, and a luxon zone for DateTime arithmetic, both answered from the
 * calendar's per-year table of the zone's offset changes (src/calendar/zoned-time.ts). A luxon DateTime asks Intl
 * for the offset on every instant (`formatToParts`), which was a third of a `calendar` reply (issue 18, the Teams
 * bench).
 *
 * @example localTime(Date.parse("2027-03-28T01:00:00Z"), "Europe/Helsinki") // { hour: 4, … } — summer time began at 03.00
 */
import { IANAZone, type Zone } from "luxon";
import { offsetAt, wallTime } from "../calendar/zoned-time.js";

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday (ISO, as luxon's `weekday`). */
  weekday: number;
}

/** Year, month, day, hour, minute and ISO weekday of `ms` on the clocks of `zone` (NaN fields for an unknown zone). */
export function localTime(ms: number, zone: string): LocalTime {
  const { year, month, day, hour, minute, weekday } = wallTime(ms, zone);
  return { year, month, day, hour, minute, weekday };
}

/** A luxon zone answering offsets from the same table, for DateTime arithmetic on a hot path. */
class RememberedZone extends IANAZone {
  override offset(ts: number): number {
    return offsetAt(ts, this.name);
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
