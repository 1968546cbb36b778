/**
 * When a reminder may go out (issue 8 "Working days"): one that would fall on a weekend or a public holiday moves to
 * the previous working day at the policy's hour, and none goes out during quiet hours (default 20.00–07.00).
 * Pure: the days off come in as a function, e.g. `isFinnishDayOff` from reminder-days-off.ts.
 */
import { DateTime } from "luxon";

/** `date` is a local yyyy-MM-dd, `weekday` 1 = Monday … 7 = Sunday. */
export type IsDayOff = (date: string, weekday: number) => boolean;

export interface TimingRules {
  zone: string;
  hour: number;
  quietStart: number;
  quietEnd: number;
  isDayOff: IsDayOff;
}

export function isDayOffAt(day: DateTime, isDayOff: IsDayOff): boolean {
  return isDayOff(day.toISODate()!, day.weekday);
}

/** The last working day strictly before `day` (local), at midnight. */
export function previousWorkingDay(day: DateTime, isDayOff: IsDayOff): DateTime {
  let d = day.startOf("day").minus({ days: 1 });
  while (isDayOffAt(d, isDayOff)) d = d.minus({ days: 1 });
  return d;
}

/** `day` itself when it is a working day, else the previous working day. */
export function workingDayOnOrBefore(day: DateTime, isDayOff: IsDayOff): DateTime {
  const d = day.startOf("day");
  return isDayOffAt(d, isDayOff) ? previousWorkingDay(d, isDayOff) : d;
}

/**
 * The `count`-th working day before a local date (count 0: the day itself, moved back if it is a day off).
 * @example workingDaysBefore(saturday, 2, off) // Thursday: Friday is the first working day before, Thursday the second
 */
export function workingDaysBefore(day: DateTime, count: number, isDayOff: IsDayOff): DateTime {
  if (count === 0) return workingDayOnOrBefore(day, isDayOff);
  let d = day.startOf("day");
  for (let i = 0; i < count; i++) d = previousWorkingDay(d, isDayOff);
  return d;
}

export function atHour(day: DateTime, hour: number): DateTime {
  return day.set({ hour, minute: 0, second: 0, millisecond: 0 });
}

export function isQuiet(local: DateTime, rules: Pick<TimingRules, "quietStart" | "quietEnd">): boolean {
  const { quietStart: s, quietEnd: e } = rules;
  return s > e ? local.hour >= s || local.hour < e : local.hour >= s && local.hour < e;
}

/**
 * A day-based reminder: the local day at the policy's hour, moved back to the previous working day when the day is
 * a day off. @example dayReminder(DateTime.fromISO("2027-06-25"), rules) // Thu 24.6.2027 09.00 (Midsummer Eve off)
 */
export function dayReminder(day: DateTime, rules: TimingRules): number {
  return atHour(workingDayOnOrBefore(day.setZone(rules.zone, { keepLocalTime: true }), rules.isDayOff), rules.hour).toMillis();
}

/**
 * A reminder tied to an exact instant (one hour before a meeting): kept as is unless it falls in quiet hours; then
 * the end of the quiet hours when that is still before `latest`, else the policy's hour of the day before.
 */
export function instantReminder(instant: number, latest: number, rules: TimingRules): number {
  const local = DateTime.fromMillis(instant, { zone: rules.zone });
  if (!isQuiet(local, rules)) return instant;
  if (local.hour >= rules.quietStart && rules.quietStart > rules.hour) return atHour(local, rules.hour).toMillis();
  const morning = atHour(local, rules.quietEnd).toMillis();
  if (morning < latest) return morning;
  return atHour(local.minus({ days: 1 }), rules.hour).toMillis();
}

/** The first moment at or after `instant` outside quiet hours (for notices caused by a change made late at night). */
export function notQuiet(instant: number, rules: Pick<TimingRules, "zone" | "quietStart" | "quietEnd">): number {
  const local = DateTime.fromMillis(instant, { zone: rules.zone });
  if (!isQuiet(local, rules)) return instant;
  const end = atHour(local, rules.quietEnd);
  return (end.toMillis() > instant ? end : end.plus({ days: 1 })).toMillis();
}
