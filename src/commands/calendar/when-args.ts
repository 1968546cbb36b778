/**
 * Reads "<date> <start>[-<end>]" from command words (`13.9.2027 13-15`, `ma 13.9. klo 13.00`, `huomenna 9`) and
 * turns parse failures into errors in the person's language.
 */
import { DateTime } from "luxon";
import { parseDateWords } from "../../domain/date-input.js";
import { parseTimeRange, TIME_PREFIXES, type ClockTime } from "../../domain/time-input.js";
import { UserError } from "../../errors.js";
import { weekdayName } from "../../i18n/format.js";
import type { Context } from "../context.js";

export interface When {
  date: string;
  start: ClockTime;
  end?: ClockTime;
  /** Words used, from the start of the list. */
  consumed: number;
}

export function todayOf(ctx: Pick<Context, "now" | "zone">): string {
  return DateTime.fromMillis(ctx.now, { zone: ctx.zone }).toISODate()!;
}

/** The date at the start of `words`, or a UserError naming what was wrong. */
export function readDate(ctx: Context, words: string[]): { date: string; consumed: number } {
  const parsed = parseDateWords(words, todayOf(ctx));
  if (parsed.ok) return parsed;
  if (parsed.error === "weekdayMismatch") {
    throw new UserError("calendar.error.weekdayMismatch", { value: parsed.value, weekday: weekdayName(parsed.weekday!, ctx.locale) });
  }
  throw new UserError(parsed.error === "invalidDate" ? "calendar.error.invalidDate" : "calendar.error.notADate", { value: parsed.value });
}

export function readTime(words: string[]): { start: ClockTime; end?: ClockTime; consumed: number } | undefined {
  let i = 0;
  if (words[i] && TIME_PREFIXES.has(words[i]!.toLowerCase())) i++;
  const word = words[i];
  if (word === undefined) return undefined;
  const parsed = parseTimeRange(word);
  if (!parsed.ok) throw new UserError("calendar.error.badTime", { value: word });
  return { start: parsed.start, end: parsed.end, consumed: i + 1 };
}

/** Date then time; undefined when either is missing (the caller offers the form). */
export function readWhen(ctx: Context, words: string[]): When | undefined {
  if (words.length === 0) return undefined;
  const date = readDate(ctx, words);
  const time = readTime(words.slice(date.consumed));
  if (!time) return undefined;
  return { date: date.date, start: time.start, end: time.end, consumed: date.consumed + time.consumed };
}
