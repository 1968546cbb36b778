/** The three languages of the product; Finnish is the default everywhere. */
export const LOCALES = ["fi", "sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fi";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps a platform locale such as "sv-FI", "fi_FI" or "en-US" to one of ours, or undefined. */
export function matchLocale(platformLocale: string | undefined | null): Locale | undefined {
  if (!platformLocale) return undefined;
  const base = platformLocale.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : undefined;
}

/** Picks a text in the wanted language, falling back to Finnish. */
export function localized(text: { fi: string; sv?: string; en?: string }, locale: Locale): string {
  return text[locale] ?? text.fi;
}
