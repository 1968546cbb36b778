/**
 * A fetch report in the reader's language: per indicator how many values came and which years, or what went wrong
 * and that the earlier values are kept; the parties Sotkanet does not know; THL's attribution (CC BY 4.0).
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Block } from "../../conversation/reply.js";
import { t } from "../../i18n/catalog.js";
import { formatDate, formatList } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import { findIndicator } from "../goals/queries.js";
import { partyNames } from "../names.js";
import type { SotkanetFailure } from "./client.js";
import type { FetchReport } from "./fetch.js";

export function failureText(locale: Locale, failure: SotkanetFailure, seconds: number): string {
  return t(locale, `sotkanet.failure.${failure}`, { seconds });
}

function yearSpan(years: number[]): string {
  if (years.length === 0) return "—";
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
}

export function fetchReportBlocks(db: DbOrTx, regionId: string, report: FetchReport, locale: Locale, zone: string, timeoutSeconds: number): Block[] {
  const date = formatDate(report.at, locale, zone);
  if (!report.ok) {
    return [
      { kind: "heading", text: t(locale, "sotkanet.fetch.title") },
      { kind: "text", text: `${failureText(locale, report.failure, timeoutSeconds)} ${t(locale, "sotkanet.fetch.kept")}` },
    ];
  }
  const nameOf = partyNames(db, locale);
  const items = report.indicators.map((r) => {
    const indicator = findIndicator(db, regionId, r.code);
    const name = indicator ? `${r.code} ${localized(indicator.name, locale)}` : r.code;
    if (!r.ok) return t(locale, "sotkanet.fetch.failed", { name, id: r.sotkanetId, reason: failureText(locale, r.failure, timeoutSeconds) });
    if (r.added + r.changed + r.unchanged === 0) return t(locale, "sotkanet.fetch.none", { name, id: r.sotkanetId });
    return t(locale, "sotkanet.fetch.done", {
      name,
      id: r.sotkanetId,
      count: r.added + r.changed + r.unchanged,
      added: r.added,
      changed: r.changed,
      years: yearSpan(r.years),
    });
  });
  const blocks: Block[] = [
    { kind: "heading", text: t(locale, "sotkanet.fetch.title") },
    { kind: "list", items },
  ];
  if (report.indicators.some((r) => !r.ok)) blocks.push({ kind: "text", text: t(locale, "sotkanet.fetch.kept") });
  if (report.unknownRegions.length > 0) {
    const parties = formatList(
      report.unknownRegions.map((u) => `${nameOf(u.partyId)} (${u.code})`),
      locale,
    );
    blocks.push({ kind: "text", text: t(locale, "sotkanet.fetch.unknownRegions", { parties }) });
  }
  blocks.push({ kind: "text", text: `_${t(locale, "sotkanet.attribution", { date })}_` });
  return blocks;
}
