/** Goal lines shared by `goal`, `goals` and the report: indicator and measure lines in the reader's language. */
import { t } from "../../i18n/catalog.js";
import { formatLocalDate } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import { formatValue } from "../../services/goals/format-value.js";
import type { IndicatorOverview, MeasureOverview } from "../../services/goals/overview.js";
import { TREND_ARROW } from "../../services/goals/progress.js";
import { nameList, type NameOf } from "../../services/names.js";

export function indicatorLine(o: IndicatorOverview, locale: Locale): string {
  const i = o.indicator;
  const latest = o.series.at(-1);
  return t(locale, "goal.indicatorLine", {
    name: localized(i.name, locale),
    unit: i.unit,
    baseline: formatValue(i.baselineValue, locale),
    baselineYear: i.baselineYear,
    target: formatValue(i.targetValue, locale),
    targetYear: i.targetYear,
    latest: latest ? `${formatValue(latest.value, locale)} (${latest.year})` : t(locale, "goal.noValue"),
    trend: TREND_ARROW[o.trend],
    status: t(locale, `indicator.status.${o.status}`),
  });
}

export function valuesLine(o: IndicatorOverview, locale: Locale): string {
  return t(locale, "goal.values", { values: o.series.map((v) => `${v.year}: ${formatValue(v.value, locale)}`).join(", ") });
}

/** One measure; `partyName` is shared by the lines of one rendering, so each party is looked up once. */
export function measureLine(o: MeasureOverview, locale: Locale, partyName: NameOf): string {
  const m = o.measure;
  const line = t(locale, "goal.measureLine", {
    code: m.code,
    title: localized(m.title, locale),
    parties: nameList(partyName, m.partyIds, t(locale, "goals.noParties"), locale),
    due: m.dueOn ? formatLocalDate(m.dueOn, locale) : "—",
    status: t(locale, `measure.status.${o.status}`),
  });
  return m.progressNote ? `${line}: _${m.progressNote}_` : line;
}
