/**
 * The language of a page or download for a reader we do not know: `?lang=` first, then the browser's
 * Accept-Language (by q-value), then the region's default. Feeds use the same `?lang=` override before their
 * owner's language, so a link copied from a feed opens in the feed's language.
 */
import { isLocale, matchLocale, type Locale } from "../../i18n/locale.js";

export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag!.trim(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => matchLocale(r.tag)).find((l) => l !== undefined);
}

export function readerLocale(lang: unknown, acceptLanguage: string | undefined, regionDefault: string): Locale {
  if (isLocale(lang)) return lang;
  return acceptedLocale(acceptLanguage) ?? (isLocale(regionDefault) ? regionDefault : "fi");
}
