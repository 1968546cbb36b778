/** The yearly report as Markdown, HTML (with the indicator charts inline as SVG) and CSV (one row per item). */
import { t } from "../../i18n/catalog.js";
import { escapeHtml } from "../../calendar/html.js";
import type { ReportDoc } from "./document.js";

export function renderReportMarkdown(doc: ReportDoc): string {
  const out = [`# ${doc.title}`, ""];
  if (doc.subtitle) out.push(`_${doc.subtitle}_`, "");
  out.push(doc.summary, "");
  for (const g of doc.goals) {
    out.push(`## ${g.heading}`, "", `**${doc.labels.status}:** ${g.status}`, "");
    if (g.indicators.length > 0) {
      out.push(`### ${doc.labels.indicators}`, "");
      for (const i of g.indicators) {
        out.push(`- **${i.name}** (${i.unit}): ${i.baseline} → ${i.target}; ${i.latest} ${i.trend} — ${i.status}${i.values ? `; ${i.values}` : ""}`);
        for (const area of i.areas) out.push(`  - ${area}`);
      }
      out.push("");
    }
    out.push(`### ${doc.labels.measures} (${g.measureCounts})`, "");
    for (const m of g.measures) out.push(`- **${m.code}** ${m.title} — ${m.parties}, ${m.due} — ${m.status}`);
    out.push("", `### ${doc.labels.decisions}`, "", ...(g.decisions.length > 0 ? g.decisions.map((d) => `- ${d}`) : [doc.labels.noDecisions]), "");
  }
  out.push(`## ${doc.labels.decisions}`, "", ...(doc.decisions.length > 0 ? doc.decisions.map((d) => `- ${d}`) : [doc.labels.noDecisions]), "");
  out.push(`## ${doc.labels.duties}`, "", ...(doc.duties.length > 0 ? doc.duties.map((d) => `- ${d}`) : [doc.labels.noDuties]), "");
  if (doc.attribution) out.push(`_${doc.attribution}_`, "");
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

export function renderReportHtml(doc: ReportDoc, charts: Map<string, string> = new Map()): string {
  const e = escapeHtml;
  const li = (items: string[], empty: string) => (items.length > 0 ? `<ul>${items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>` : `<p>${e(empty)}</p>`);
  const goals = doc.goals.map((g) =>
    [
      `<section><h2>${e(g.heading)}</h2><p><strong>${e(doc.labels.status)}:</strong> ${e(g.status)}</p>`,
      g.indicators.length > 0
        ? `<h3>${e(doc.labels.indicators)}</h3>` +
          g.indicators
            .map(
              (i) =>
                `<p><strong>${e(i.name)}</strong> (${e(i.unit)}): ${e(i.baseline)} → ${e(i.target)}; ${e(i.latest)} ${e(i.trend)} — ${e(i.status)}</p>` +
                (i.areas.length > 0 ? `<ul>${i.areas.map((a) => `<li>${e(a)}</li>`).join("")}</ul>` : "") +
                (charts.get(i.code) ?? ""),
            )
            .join("")
        : "",
      `<h3>${e(doc.labels.measures)} (${e(g.measureCounts)})</h3>`,
      li(
        g.measures.map((m) => `${m.code} ${m.title} — ${m.parties}, ${m.due} — ${m.status}`),
        "—",
      ),
      `<h3>${e(doc.labels.decisions)}</h3>`,
      li(g.decisions, doc.labels.noDecisions),
      `</section>`,
    ].join(""),
  );
  return `${[
    `<!doctype html>`,
    `<html lang="${doc.locale}"><head><meta charset="utf-8"><title>${e(doc.title)}</title><style>body{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.4}</style></head><body>`,
    `<h1>${e(doc.title)}</h1>`,
    doc.subtitle ? `<p><em>${e(doc.subtitle)}</em></p>` : "",
    `<p>${e(doc.summary)}</p>`,
    ...goals,
    `<h2>${e(doc.labels.decisions)}</h2>`,
    li(doc.decisions, doc.labels.noDecisions),
    `<h2>${e(doc.labels.duties)}</h2>`,
    li(doc.duties, doc.labels.noDuties),
    doc.attribution ? `<p><small>${e(doc.attribution)}</small></p>` : "",
    `</body></html>`,
  ]
    .filter(Boolean)
    .join("\n")}\n`;
}

function csvCell(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Semicolon-separated (what Excel in fi/sv locales opens directly), UTF-8 with BOM. */
export function renderReportCsv(doc: ReportDoc): string {
  const l = doc.locale;
  const header = [
    "report.col.goal",
    "report.col.kind",
    "report.col.code",
    "report.col.name",
    "report.col.baseline",
    "report.col.target",
    "report.col.latest",
    "report.col.status",
    "report.col.parties",
    "report.col.due",
  ] as const;
  const rows: string[][] = [header.map((k) => t(l, k))];
  for (const g of doc.goals) {
    for (const i of g.indicators) {
      rows.push([g.code, t(l, "report.kind.indicator"), i.code, `${i.name} (${i.unit})`, i.baseline, i.target, i.latest, i.status, "", ""]);
      for (const area of i.areas) rows.push([g.code, t(l, "report.kind.area"), i.code, area, "", "", "", "", "", ""]);
    }
    for (const m of g.measures) rows.push([g.code, t(l, "report.kind.measure"), m.code, m.title, "", "", "", m.status, m.parties, m.due]);
    for (const d of g.decisions) rows.push([g.code, t(l, "report.kind.decision"), "", d, "", "", "", "", "", ""]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
