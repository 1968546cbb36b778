/** The year a command is about: the typed one (2000–2100), else the current year in the region's zone. */
import { DateTime } from "luxon";

/**
 * @example yearArg("2027", now, "Europe/Helsinki") // 2027; yearArg(undefined, …) // this year; yearArg("27", …) // null
 */
export function yearArg(word: string | undefined, now: number, zone: string): number | null {
  if (word === undefined) return DateTime.fromMillis(now, { zone }).year;
  const year = Number(word);
  return /^\d{4}$/.test(word) && year >= 2000 && year <= 2100 ? year : null;
}
