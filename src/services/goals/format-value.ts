/** Indicator values in each language's number format (fi/sv decimal comma), at most two decimals. */
import type { Locale } from "../../i18n/locale.js";

const TAGS: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/**
 * `signDisplay: "negative"`: a value that rounds to zero is "0", never "−0" (issue 16 §5). One formatter per language:
 * building one costs more than formatting, and a goal's view formats every year of every indicator (issue 18).
 */
const FORMATS = new Map<Locale, Intl.NumberFormat>();

export function formatValue(value: number, locale: Locale): string {
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2, useGrouping: false, signDisplay: "negative" });
    FORMATS.set(locale, format);
  }
  return format.format(value);
}

/** Reads "12,5", "12.5" or "12" as a number; undefined when it is not one. */
export function parseValue(typed: string): number | undefined {
  const normalized = typed.trim().replace(",", ".");
  if (!/^[-+]?\d{1,15}(\.\d{1,15})?$/.test(normalized)) return undefined;
  const value = Number(normalized);
  return value === 0 ? 0 : value; // "-0" is zero, stored and shown without a sign
}
