/** Party and person names for rendering many items: each id is looked up once per rendering. */
import type { DbOrTx } from "../../db/connection.js";
import { formatList } from "../i18n/format.js";
import { localized, type Locale } from "../i18n/locale.js";
import { keptWhileUnchanged } from "../../db/reference-cache.js";
import { memo } from "../memo.js";
import { findParty, listPartyNames } from "./parties.js";
import { findPerson } from "./people.js";

export type NameOf = (id: string) => string;

export function partyNames(db: DbOrTx, locale: Locale): NameOf {
  return memo((id) => localized(findParty(db, id)?.names ?? { fi: id }, locale));
}

/**
 * The same names for a view that shows many of one region's parties (a forum's members): the region's parties in
 * one query instead of one query per party; a party of another region is still found by its id.
 */
export function regionPartyNames(db: DbOrTx, regionId: string, locale: Locale): NameOf {
  const names = partyNameMap(db, regionId, locale);
  const others = partyNames(db, locale);
  return (id) => names.get(id) ?? others(id);
}

/** The region's party names in one language, by party id (kept while the parties are unchanged). */
const partyNameMap = keptWhileUnchanged(
  "party names by language",
  (db, regionId: string, locale: Locale): ReadonlyMap<string, string> => new Map(listPartyNames(db, regionId).map((p) => [p.id, localized(p.names, locale)])),
  (regionId, locale) => `${regionId}\n${locale}`,
);

export function personNames(db: DbOrTx): NameOf {
  return memo((id) => findPerson(db, id)?.name ?? id);
}

/**
 * "Kokkola ja Kannus" (Intl.ListFormat), or `none` when there are no ids (a measure with no responsible party yet).
 * Tables and CSV columns take `unit` ("Kokkola, Kannus"): one separator a spreadsheet can split on.
 */
export function nameList(nameOf: NameOf, ids: readonly string[], none: string, locale: Locale, type: "conjunction" | "unit" = "conjunction"): string {
  return ids.length > 0 ? formatList(ids.map(nameOf), locale, type) : none;
}
