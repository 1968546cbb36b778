/**
 * Dates as people type them in fi/sv/en: `13.9.2027`, `13.9.`, `ma 13.9.`, ISO `2027-09-13`, and relative words
 * (`tomorrow`/`huomenna`/`i morgon`, `next week`/`ensi viikolla`/`nästa vecka`, optionally with a weekday).
 * Pure: today is given as a local date (yyyy-MM-dd) in the region's zone.
 */
import { DateTime } from "luxon";

export type DateInputError = "invalidDate" | "notADate" | "weekdayMismatch";

export type DateParse = { ok: true; date: string; consumed: number } | { ok: false; error: DateInputError; value: string; weekday?: number };

/** Weekday words (1 = Monday) in the three languages, short and long. */
const WEEKDAY_WORDS: Record<string, number> = Object.fromEntries(
  [
    ["ma", "maanantai", "maanantaina", "mån", "måndag", "mon", "monday"],
    ["ti", "tiistai", "tiistaina", "tis", "tisdag", "tue", "tuesday"],
    ["ke", "keskiviikko", "keskiviikkona", "ons", "onsdag", "wed", "wednesday"],
    ["to", "torstai", "torstaina", "tors", "torsdag", "thu", "thursday"],
    ["pe", "perjantai", "perjantaina", "fre", "fredag", "fri", "friday"],
    ["la", "lauantai", "lauantaina", "lör", "lördag", "sat", "saturday"],
    ["su", "sunnuntai", "sunnuntaina", "sön", "söndag", "sun", "sunday"],
  ].flatMap((words, i) => words.map((w) => [w, i + 1] as const)),
);

/** Relative phrases (one or two words) → days from today, or "nextWeek" (Monday of next week). */
const RELATIVE: { words: string[]; offset: number | "nextWeek" }[] = [
  { words: ["today"], offset: 0 },
  { words: ["tänään"], offset: 0 },
  { words: ["i", "dag"], offset: 0 },
  { words: ["idag"], offset: 0 },
  { words: ["tomorrow"], offset: 1 },
  { words: ["huomenna"], offset: 1 },
  { words: ["i", "morgon"], offset: 1 },
  { words: ["imorgon"], offset: 1 },
  { words: ["ylihuomenna"], offset: 2 },
  { words: ["i", "övermorgon"], offset: 2 },
  { words: ["next", "week"], offset: "nextWeek" },
  { words: ["ensi", "viikolla"], offset: "nextWeek" },
  { words: ["ensi", "viikko"], offset: "nextWeek" },
  { words: ["nästa", "vecka"], offset: "nextWeek" },
];

export function weekdayOfWord(word: string): number | undefined {
  return WEEKDAY_WORDS[word.toLowerCase().replace(/\.$/, "")];
}

function valid(year: number, month: number, day: number): DateTime | undefined {
  const d = DateTime.fromObject({ year, month, day }, { zone: "UTC" });
  return d.isValid ? d : undefined;
}

/** One date token: `13.9.2027`, `13.9.27`, `13.9.`, `13.9`, `2027-09-13`. */
export function parseDateToken(token: string, today: string): { ok: true; date: string } | { ok: false; error: DateInputError } {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(token);
  const fin = /^(\d{1,2})\.(\d{1,2})\.?(\d{2}|\d{4})?$/.exec(token);
  if (!iso && !fin) return { ok: false, error: "notADate" };
  const now = DateTime.fromISO(today, { zone: "UTC" });
  if (iso) {
    const d = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return d ? { ok: true, date: d.toISODate()! } : { ok: false, error: "invalidDate" };
  }
  const day = Number(fin![1]);
  const month = Number(fin![2]);
  if (fin![3]) {
    const year = fin![3].length === 2 ? 2000 + Number(fin![3]) : Number(fin![3]);
    const d = valid(year, month, day);
    return d ? { ok: true, date: d.toISODate()! } : { ok: false, error: "invalidDate" };
  }
  // No year: the next such date on or after today (29.2. finds the next leap year's only if this year has none).
  const thisYear = valid(now.year, month, day);
  if (thisYear && thisYear >= now) return { ok: true, date: thisYear.toISODate()! };
  const nextYear = valid(now.year + 1, month, day);
  if (nextYear) return { ok: true, date: nextYear.toISODate()! };
  return thisYear ? { ok: true, date: thisYear.toISODate()! } : { ok: false, error: "invalidDate" };
}

function nextWeekday(from: DateTime, weekday: number, includeToday: boolean): DateTime {
  let diff = (weekday - from.weekday + 7) % 7;
  if (diff === 0 && !includeToday) diff = 7;
  return from.plus({ days: diff });
}

/**
 * Reads a date from the start of `words`; `consumed` says how many words it took.
 * @example parseDateWords(["ma", "13.9.2027", "13-15"], "2027-01-01") // { ok: true, date: "2027-09-13", consumed: 2 }
 */
export function parseDateWords(words: string[], today: string): DateParse {
  const lower = words.map((w) => w.toLowerCase());
  const base = DateTime.fromISO(today, { zone: "UTC" });
  for (const phrase of RELATIVE) {
    if (!phrase.words.every((w, i) => lower[i] === w)) continue;
    const used = phrase.words.length;
    if (phrase.offset !== "nextWeek") return { ok: true, date: base.plus({ days: phrase.offset }).toISODate()!, consumed: used };
    const monday = base.startOf("week").plus({ weeks: 1 });
    const weekday = lower[used] !== undefined ? weekdayOfWord(lower[used]!) : undefined;
    return weekday
      ? { ok: true, date: monday.plus({ days: weekday - 1 }).toISODate()!, consumed: used + 1 }
      : { ok: true, date: monday.toISODate()!, consumed: used };
  }
  const first = lower[0] ?? "";
  const weekday = weekdayOfWord(first);
  if (weekday !== undefined) {
    const next = lower[1];
    const dated = next !== undefined ? parseDateToken(next, today) : undefined;
    if (dated?.ok) {
      const actual = DateTime.fromISO(dated.date, { zone: "UTC" }).weekday;
      if (actual !== weekday) return { ok: false, error: "weekdayMismatch", value: words[1]!, weekday: actual };
      return { ok: true, date: dated.date, consumed: 2 };
    }
    if (dated && dated.error === "invalidDate") return { ok: false, error: "invalidDate", value: words[1]! };
    return { ok: true, date: nextWeekday(base, weekday, false).toISODate()!, consumed: 1 };
  }
  const dated = parseDateToken(first, today);
  if (dated.ok) return { ok: true, date: dated.date, consumed: 1 };
  return { ok: false, error: dated.error, value: words[0] ?? "" };
}
