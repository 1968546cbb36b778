/**
 * Days off for reminders, as the `IsDayOff` function the timing rules take: weekends and the Finnish holidays of
 * the calendar's holiday module (src/domain/holidays.ts: public holidays plus Midsummer Eve and Christmas Eve).
 */
import { finnishHolidays, holidayOn } from "./holidays.js";

/** @example isFinnishDayOff("2027-06-25", 5) // true: Midsummer Eve */
export function isFinnishDayOff(date: string, weekday: number): boolean {
  return weekday >= 6 || holidayOn(date, finnishHolidays(Number(date.slice(0, 4)))) !== undefined;
}
