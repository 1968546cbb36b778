/** Indicator values in each language's number format (fi/sv decimal comma), at most two decimals. */
import type { Locale } from "../../i18n/locale.js";
import { LruCache } from "../../memo.js";

const TAGS: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/**
 * `signDisplay: "negative"`: a value that rounds to zero is "0", never "−0" (issue 16 §5). One formatter per language:
 * building one costs more than formatting, and a goal's view formats every year of every indicator (issue 18). The
 * same values are shown again and again (a goal's ten years, its baseline and target), and formatting one costs about
 * ten times looking it up, so each language keeps the strings of the values it formatted last.
 */
const FORMATS = new Map<Locale, { format: Intl.NumberFormat; shown: LruCache<number, string> }>();
const REMEMBERED = 4096;

export function formatValue(value: number, locale: Locale): string {
  let formats = FORMATS.get(locale);
  if (!formats) {
    const format = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2, useGrouping: false, signDisplay: "negative" });
    formats = { format, shown: new LruCache(REMEMBERED) };
    FORMATS.set(locale, formats);
  }
  let text = formats.shown.get(value);
  if (text === undefined) {
    text = formats.format.format(value);
    formats.shown.set(value, text);
  }
  return text;
}

/** Reads "12,5", "12.5" or "12" as a number; undefined when it is not one. */
export function parseValue(typed: string): number | undefined {
  const normalized = typed.trim().replace(",", ".");
  if (!/^[-+]?\d{1,15}(\.\d{1,15})?$/.test(normalized)) return undefined;
  const value = Number(normalized);
  return value === 0 ? 0 : value; // "-0" is zero, stored and shown without a sign
}
