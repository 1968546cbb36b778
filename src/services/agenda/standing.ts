/** Standing items of every agenda (opening, quorum and legality, minutes inspectors, closing) and their texts. */
import type { StandingItemKey } from "../../../db/schema/index.js";
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";

/** Keys placed at the start of the agenda, then at its end. */
export const STANDING_HEAD: StandingItemKey[] = ["opening", "quorum", "inspectors"];
export const STANDING_TAIL: StandingItemKey[] = ["closing"];

export function standingTitle(key: StandingItemKey, locale: Locale): string {
  return t(locale, `agenda.standing.${key}`);
}
