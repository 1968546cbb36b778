/**
 * Picks a sensible day for a meeting inside a window: near an anchor date, on the forum's usual weekday, on a
 * working day, outside the July holiday season when possible. Pure; used by the living demo's seeder.
 */
import { DateTime } from "luxon";
import { isWorkingDay, type Holiday } from "./holidays.js";
import { earlierDate, laterDate } from "./local-date-order.js";

export interface SlotOptions {
  /** Local dates, inclusive. */
  from: string;
  to: string;
  anchor: string;
  /** Preferred ISO weekday (1 = Monday). */
  weekday: number;
  holidays: readonly Holiday[];
}

const SUMMER_MONTH = 7;

/** The best day, or undefined when the window has no working day at all. */
export function pickMeetingDay(options: SlotOptions): string | undefined {
  const from = DateTime.fromISO(options.from, { zone: "UTC" });
  const to = DateTime.fromISO(options.to, { zone: "UTC" });
  if (to < from) return undefined;
  const anchor = DateTime.fromISO(earlierDate(laterDate(options.anchor, options.from), options.to), { zone: "UTC" });
  const span = Math.round(to.diff(from, "days").days);
  const candidates: DateTime[] = [];
  for (let step = 0; step <= span * 2 + 1; step++) {
    const offset = step % 2 === 0 ? step / 2 : -(step + 1) / 2;
    const day = anchor.plus({ days: offset });
    if (day >= from && day <= to) candidates.push(day);
  }
  const working = candidates.filter((d) => isWorkingDay(d.toISODate()!, options.holidays));
  const tests: ((d: DateTime) => boolean)[] = [
    (d) => d.weekday === options.weekday && d.month !== SUMMER_MONTH,
    (d) => d.weekday >= 2 && d.weekday <= 4 && d.month !== SUMMER_MONTH,
    (d) => d.month !== SUMMER_MONTH,
    () => true,
  ];
  for (const test of tests) {
    const hit = working.find(test);
    if (hit) return hit.toISODate()!;
  }
  return undefined;
}
