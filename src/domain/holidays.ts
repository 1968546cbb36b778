/**
 * Finnish public holidays from date-holidays ("FI"), named in fi/sv/en. Midsummer Eve and Christmas Eve count as
 * days off too (the library types them "bank"; in Finland offices are closed). Pure rules take the list as data:
 * `dayOffOf(date, holidays)`, `isWorkingDay(date, holidays)`.
 */
import { createRequire } from "node:module";
import type HolidaysClass from "date-holidays";
import { DateTime } from "luxon";

export type Lang = "fi" | "sv" | "en";

export interface Holiday {
  /** Local date yyyy-MM-dd. */
  date: string;
  names: Record<Lang, string>;
}

/** Library "bank" holidays that are days off in Finland anyway, by their Finnish name. */
const EXTRA_DAYS_OFF_FI_NAMES = new Set(["juhannusaatto", "jouluaatto"]);

const cache = new Map<number, Holiday[]>();

/**
 * date-holidays brings every country's rules and moment-timezone with all zones (~90 ms and ~25 MB): it loads with
 * the first year asked for, not when the server starts (issue 18).
 */
let Holidays: typeof HolidaysClass | undefined;

function entries(year: number, lang: Lang) {
  Holidays ??= createRequire(import.meta.url)("date-holidays") as typeof HolidaysClass;
  const lib = new Holidays("FI", { languages: [lang] });
  return lib.getHolidays(year, lang) as { date: string; name: string; type: string; rule: string }[];
}

/** The year's days off in Finland (public holidays plus Midsummer Eve and Christmas Eve), sorted. */
export function finnishHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const fi = entries(year, "fi");
  const sv = entries(year, "sv");
  const en = entries(year, "en");
  const list: Holiday[] = [];
  fi.forEach((h, i) => {
    const dayOff = h.type === "public" || EXTRA_DAYS_OFF_FI_NAMES.has(h.name.toLowerCase());
    if (!dayOff) return;
    list.push({ date: h.date.slice(0, 10), names: { fi: h.name, sv: sv[i]?.name ?? h.name, en: en[i]?.name ?? h.name } });
  });
  cache.set(year, list);
  return list;
}

/** Holidays of every year the local dates from..to touch. */
export function holidaysBetween(from: string, to: string): Holiday[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years.flatMap(finnishHolidays).filter((h) => h.date >= from && h.date <= to);
}

export function holidayOn(date: string, holidays: readonly Holiday[]): Holiday | undefined {
  return holidays.find((h) => h.date === date);
}

export function isWeekend(date: string): boolean {
  return DateTime.fromISO(date, { zone: "UTC" }).weekday >= 6;
}

export function isWorkingDay(date: string, holidays: readonly Holiday[]): boolean {
  return !isWeekend(date) && !holidayOn(date, holidays);
}

/** The nearest working day on or before `date` (reminders move to the previous working day). */
export function previousWorkingDay(date: string, holidays: readonly Holiday[]): string {
  let d = DateTime.fromISO(date, { zone: "UTC" });
  while (!isWorkingDay(d.toISODate()!, holidays)) d = d.minus({ days: 1 });
  return d.toISODate()!;
}
