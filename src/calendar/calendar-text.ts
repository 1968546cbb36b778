/** Feed and invite texts in the reader's language: the event summary and the forum's categories. */
import { t } from "../i18n/catalog.js";
import { type Locale, localized } from "../i18n/locale.js";
import type { CalendarForum, CalendarForumKind } from "./calendar-data.js";

/** 611/2021 §14 and 612/2021 §7 negotiations are statutory (DESIGN "The agreement file"). */
const STATUTORY = new Set<CalendarForumKind>(["hyte_negotiation", "term_negotiation"]);

export function isStatutory(forum: Pick<CalendarForum, "kind">): boolean {
  return STATUTORY.has(forum.kind);
}

export function forumName(forum: Pick<CalendarForum, "names">, locale: Locale): string {
  return localized(forum.names, locale);
}

/** "Johdon yhteistyöfoorumi – kokous"; statutory forums meet for a negotiation. */
export function meetingSummary(forum: Pick<CalendarForum, "names" | "kind">, locale: Locale): string {
  const key = isStatutory(forum) ? "feeds.summary.negotiation" : "feeds.summary.meeting";
  return t(locale, key, { forum: forumName(forum, locale) });
}

export function forumCategories(forum: Pick<CalendarForum, "kind">, locale: Locale): string[] {
  const kind = t(locale, `forumKind.${forum.kind}`);
  return isStatutory(forum) ? [kind, t(locale, "feeds.category.statutory")] : [kind];
}
