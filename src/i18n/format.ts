/**
 * Dates and times in each language's own format, always in the region's zone:
 * fi "13.9.2027 klo 13.00", sv "13.9.2027 kl. 13.00", en "13 Sep 2027 at 13:00".
 */
import { DateTime } from "luxon";
import { type LocalTime, localTime } from "./local-time.js";
import type { Locale } from "./locale.js";

const WEEKDAYS: Record<Locale, string[]> = {
  fi: ["ma", "ti", "ke", "to", "pe", "la", "su"],
  sv: ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};
const MONTHS: Record<Locale, string[]> = {
  fi: ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

type When = number | DateTime;

function inZone(when: When, zone: string): DateTime {
  return (typeof when === "number" ? DateTime.fromMillis(when) : when).setZone(zone);
}

/** The wall-clock fields in the zone: an instant through the zone table (local-time.ts), a DateTime as is. */
function fieldsOf(when: When, zone: string): LocalTime | DateTime {
  return typeof when === "number" ? localTime(when, zone) : inZone(when, zone);
}

export function formatDate(when: When, locale: Locale, zone: string): string {
  const d = fieldsOf(when, zone);
  return locale === "en" ? `${d.day} ${MONTHS.en[d.month - 1]!.slice(0, 3)} ${d.year}` : `${d.day}.${d.month}.${d.year}`;
}

/** A local calendar date (yyyy-MM-dd) in the language's format, without any zone conversion. */
export function formatLocalDate(isoDate: string, locale: Locale): string {
  return formatDate(DateTime.fromISO(isoDate, { zone: "UTC" }), locale, "UTC");
}

export function formatTime(when: When, locale: Locale, zone: string): string {
  const d = fieldsOf(when, zone);
  const mm = String(d.minute).padStart(2, "0");
  return locale === "en" ? `${String(d.hour).padStart(2, "0")}:${mm}` : `${d.hour}.${mm}`;
}

export function formatWeekday(when: When, locale: Locale, zone: string): string {
  return WEEKDAYS[locale][fieldsOf(when, zone).weekday - 1]!;
}

export function formatDateTime(when: When, locale: Locale, zone: string): string {
  const date = formatDate(when, locale, zone);
  const time = formatTime(when, locale, zone);
  const joiner = { fi: "klo", sv: "kl.", en: "at" }[locale];
  return `${date} ${joiner} ${time}`;
}

/** "ma 13.9.2027 klo 13.00–15.00" — a meeting's span on one line (the end's date only when it is another day). */
export function formatSpan(start: When, end: When, locale: Locale, zone: string): string {
  const s = fieldsOf(start, zone);
  const e = fieldsOf(end, zone);
  const head = `${WEEKDAYS[locale][s.weekday - 1]} ${formatDateTime(start, locale, zone)}`;
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
  return sameDay ? `${head}–${formatTime(end, locale, zone)}` : `${head} – ${formatDateTime(end, locale, zone)}`;
}

export function monthName(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1]!;
}

export function weekdayName(weekday: number, locale: Locale): string {
  return WEEKDAYS[locale][weekday - 1]!;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A list as the language writes it, through Intl.ListFormat: "Jussi Jäsen ja Stina Svensk", "A, B eller C".
 * `unit` keeps a plain comma list (codes such as T3, T5).
 */
export function formatList(items: readonly string[], locale: Locale, type: "conjunction" | "disjunction" | "unit" = "conjunction"): string {
  const key = `${locale}:${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type, style: type === "unit" ? "short" : "long" });
    listFormats.set(key, format);
  }
  return format.format(items);
}
