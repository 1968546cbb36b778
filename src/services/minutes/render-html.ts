/** Minutes (or an extract) as a standalone HTML page with escaped text; prints cleanly for filing. */
import { escapeHtml } from "../../calendar/html.js";
import type { MinutesDoc, SectionDoc } from "./document.js";

const STYLE =
  "body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.4}dt{font-weight:bold}section{margin-top:1.5em}" +
  ".draft{color:#b00;font-weight:bold;letter-spacing:.2em}.sign{margin-top:2.5em}.sign span{display:inline-block;border-top:1px solid #000;min-width:18em;padding-top:.2em}";

export function renderMinutesHtml(doc: MinutesDoc): string {
  const e = escapeHtml;
  const parts = [
    `<!doctype html>`,
    `<html lang="${doc.locale}"><head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${STYLE}</style></head><body>`,
    doc.draftMark ? `<p class="draft">${e(doc.draftMark)}</p>` : "",
    `<h1>${e(doc.title)}</h1>`,
    doc.subtitle ? `<p><em>${e(doc.subtitle)}</em></p>` : "",
    facts(doc.facts),
    ...doc.attendees.map((g) => `<h2>${e(g.heading)}</h2><ul>${g.names.map((n) => `<li>${e(n)}</li>`).join("")}</ul>`),
    doc.legality ? `<h2>${e(doc.legalityHeading)}</h2><p>${e(doc.legality)}</p>` : "",
    doc.inspectors.length > 0 ? `<h2>${e(doc.inspectorsHeading)}</h2><ul>${doc.inspectors.map((i) => `<li>${e(i)}</li>`).join("")}</ul>` : "",
    `<h2>${e(doc.itemsHeading)}</h2>`,
    doc.sections.length === 0 ? `<p>${e(doc.labels.noDecisions)}</p>` : "",
    ...doc.sections.map((s) => section(s, doc)),
    signatures(doc),
    doc.footer ? `<hr><p>${e(doc.footer)}</p>` : "",
    `</body></html>`,
  ];
  return `${clean(parts.filter(Boolean).join("\n"))}\n`;
}

function facts(list: { label: string; value: string }[]): string {
  return `<dl>${list.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join("")}</dl>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join("");
}

function list(items: string[]): string {
  return `<ul>${items.map((m) => `<li>${escapeHtml(m)}</li>`).join("")}</ul>`;
}

function section(s: SectionDoc, doc: MinutesDoc): string {
  const e = escapeHtml;
  return [
    `<section id="s${s.section}">`,
    `<h3>${e(s.heading)}</h3>`,
    `<p><em>${e(s.label)} — ${e(s.item)}</em></p>`,
    facts(s.facts),
    s.background ? `<h4>${e(doc.labels.background)}</h4>${paragraphs(s.background)}` : "",
    s.proposal ? `<h4>${e(doc.labels.proposal)}</h4>${paragraphs(s.proposal)}` : "",
    `<h4>${e(doc.labels.decision)}</h4>${paragraphs(s.decision)}`,
    s.measures.length > 0 ? `<h4>${e(doc.labels.followUp)}</h4>${list(s.measures)}` : "",
    s.attachments.length > 0 ? `<h4>${e(doc.labels.attachments)}</h4>${list(s.attachments)}` : "",
    `</section>`,
  ].join("");
}

function signLine(l: { role: string; name: string; date?: string }): string {
  const e = escapeHtml;
  return `<p class="sign"><span>${e(l.role)}: ${e(l.name)}${l.date ? ` (${e(l.date)})` : ""}</span></p>`;
}

function signatures(doc: MinutesDoc): string {
  const e = escapeHtml;
  const parts: string[] = [];
  if (doc.signatures.lines.length > 0) parts.push(`<h2>${e(doc.signatures.heading)}</h2>`, ...doc.signatures.lines.map(signLine));
  if (doc.inspection.lines.length > 0)
    parts.push(`<h2>${e(doc.inspection.heading)}</h2><p>${e(doc.inspection.statement)}</p>`, ...doc.inspection.lines.map(signLine));
  if (doc.certification) parts.push(`<h2>${e(doc.certification.heading)}</h2>`, `<p>${doc.certification.lines.map(e).join("<br>")}</p>`);
  return parts.join("");
}

/** Backticks in typed text are shown as plain quote marks, as in the other exports. */
function clean(text: string): string {
  return text.replace(/`/g, "&#39;");
}
