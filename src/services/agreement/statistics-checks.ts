/**
 * Checks of the statistics ties (issue 20): a party's statistics code fits its kind and is not given to two
 * parties of the same kind; an indicator's `gender` only comes with its `sotkanet` id.
 */
import { normalizeStatisticsCode } from "../../domain/statistics-code.js";
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { AgreementFile } from "./file-schema.js";
import type { LocatedMessage } from "./zod-issues.js";

export function statisticsChecks(file: AgreementFile, locale: Locale): LocatedMessage[] {
  const out: LocatedMessage[] = [];
  const seen = new Map<string, string>();
  file.parties.forEach((party, i) => {
    if (party.statistics_code === undefined) return;
    const path = ["parties", i, "statistics_code"];
    const code = normalizeStatisticsCode(party.statistics_code, party.kind);
    if (code === undefined) {
      out.push({ path, message: t(locale, "agreement.v.statisticsCodeWidth", { value: party.statistics_code, kind: party.kind }) });
      return;
    }
    const key = `${party.kind}:${code}`;
    const other = seen.get(key);
    if (other) out.push({ path, message: t(locale, "agreement.v.statisticsCodeTwice", { value: code, other }) });
    else seen.set(key, party.id);
  });
  for (const [i, goal] of file.agreement.goals.entries()) {
    for (const [j, indicator] of goal.indicators.entries()) {
      if (indicator.gender !== undefined && indicator.sotkanet === undefined)
        out.push({ path: ["agreement", "goals", i, "indicators", j, "gender"], message: t(locale, "agreement.v.genderWithoutSotkanet") });
    }
  }
  return out;
}
