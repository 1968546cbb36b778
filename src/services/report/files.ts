/**
 * The yearly report's files: Markdown, HTML (charts inline), CSV, and an SVG and PNG chart per indicator. With a
 * `publicUrl`, each file also gets its download address (/reports/…), which shows public forums' decisions only.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { Attachment } from "../../conversation/reply.js";
import { localized, type Locale } from "../../i18n/locale.js";
import { renderPng } from "../annual-clock/png.js";
import { formatValue } from "../goals/format-value.js";
import type { YearReport } from "./build.js";
import { renderIndicatorSvg } from "./chart.js";
import { buildReportDocument, type ReportDoc } from "./document.js";
import { renderReportCsv, renderReportHtml, renderReportMarkdown } from "./render.js";

export const REPORT_TYPES = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
} as const;
export type ReportFormat = keyof typeof REPORT_TYPES;

/** Indicator code → its chart as SVG. */
export function reportCharts(report: YearReport, locale: Locale): Map<string, string> {
  const charts = new Map<string, string>();
  for (const g of report.goals) {
    for (const i of g.overview.indicators) {
      charts.set(
        i.indicator.code,
        renderIndicatorSvg({
          title: `${i.indicator.code} ${localized(i.indicator.name, locale)} (${i.indicator.unit})`,
          series: i.series,
          baseline: { year: i.indicator.baselineYear, value: i.indicator.baselineValue },
          target: { year: i.indicator.targetYear, value: i.indicator.targetValue },
          ...(i.country ? { reference: i.country.series } : {}),
          format: (v) => formatValue(v, locale),
        }),
      );
    }
  }
  return charts;
}

export function reportDocumentFile(db: DbOrTx, report: YearReport, locale: Locale, format: "md" | "html" | "csv"): string {
  const doc = buildReportDocument(db, report, locale);
  return renderDocument(doc, format, () => reportCharts(report, locale));
}

function renderDocument(doc: ReportDoc, format: "md" | "html" | "csv", charts: () => Map<string, string>): string {
  if (format === "md") return renderReportMarkdown(doc);
  if (format === "csv") return renderReportCsv(doc);
  return renderReportHtml(doc, charts());
}

/**
 * The report's files. With a `publicUrl` each one also gets its download address, which serves the public version
 * (public forums' decisions only): an address, not a file, so the public version is not rendered here. `doc` is the
 * report's document when the caller has built it already; it is built once for all three documents.
 */
export function reportFiles(db: DbOrTx, report: YearReport, locale: Locale, publicUrl?: string, doc = buildReportDocument(db, report, locale)): Attachment[] {
  const y = report.year;
  const url = (path: string) => (publicUrl ? { url: `${publicUrl}/reports/${path}?lang=${locale}` } : {});
  const chartsOf = reportCharts(report, locale);
  const docs = (["md", "html", "csv"] as const).map((f) => ({
    filename: `report-${y}.${f}`,
    contentType: REPORT_TYPES[f],
    content: renderDocument(doc, f, () => chartsOf),
    ...url(`${y}.${f}`),
  }));
  const charts = [...chartsOf].flatMap(([code, svg]) => [
    { filename: `indicator-${code}-${y}.svg`, contentType: REPORT_TYPES.svg, content: svg, ...url(`${y}/${encodeURIComponent(code)}.svg`) },
    {
      filename: `indicator-${code}-${y}.png`,
      contentType: REPORT_TYPES.png,
      content: new Uint8Array(renderPng(svg)),
      ...url(`${y}/${encodeURIComponent(code)}.png`),
    },
  ]);
  return [...docs, ...charts];
}
