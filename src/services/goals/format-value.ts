/** Indicator values in each language's number format (fi/sv decimal comma), at most two decimals. */
import type { Locale } from "../../i18n/locale.js";

const TAGS: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

export function formatValue(value: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** Reads "12,5", "12.5" or "12" as a number; undefined when it is not one. */
export function parseValue(typed: string): number | undefined {
  const normalized = typed.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return undefined;
  return Number(normalized);
}
