/** An indicator's per-party lines (and the country's) in the reader's language: goal view and yearly report. */
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { NameOf } from "../names.js";
import type { AreaLine } from "./area-values.js";
import { formatValue } from "./format-value.js";
import type { IndicatorOverview } from "./overview.js";
import { TREND_ARROW } from "./progress.js";

/** One party's (or the country's) latest counting value, its source, trend and status; a value it overrode. */
export function areaLine(line: AreaLine, locale: Locale, partyName: NameOf): string {
  const party = line.area === "country" ? t(locale, "goal.areaCountry") : partyName(line.area);
  const note = line.overridden
    ? t(locale, "goal.areaOverride", { source: t(locale, `goal.source.${line.overridden.source}`), value: formatValue(line.overridden.value, locale) })
    : "";
  return t(locale, "goal.areaLine", {
    party,
    value: formatValue(line.latest.value, locale),
    year: line.latest.year,
    source: t(locale, `goal.source.${line.latest.source}`),
    trend: TREND_ARROW[line.trend],
    status: t(locale, `indicator.status.${line.status}`),
    note,
  }).replace(/\) {2}—/, ") —");
}

/** The per-party lines of an indicator, the country last; empty when it has no party or country values. */
export function areaLines(o: IndicatorOverview, locale: Locale, partyName: NameOf): string[] {
  return [...o.areas, ...(o.country ? [o.country] : [])].map((l) => areaLine(l, locale, partyName));
}
