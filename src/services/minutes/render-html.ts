/** Minutes (or an extract) as a standalone HTML page with escaped text; prints cleanly for filing. */
import { escapeHtml } from "../../calendar/html.js";
import type { MinutesDoc, SectionDoc } from "./document.js";

const STYLE = "body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.4}dt{font-weight:bold}section{margin-top:1.5em}";

export function renderMinutesHtml(doc: MinutesDoc): string {
  const e = escapeHtml;
  const parts = [
    `<!doctype html>`,
    `<html lang="${doc.locale}"><head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${e(doc.title)}</h1>`,
    doc.subtitle ? `<p><em>${e(doc.subtitle)}</em></p>` : "",
    facts(doc.facts),
    ...doc.attendees.map((g) => `<h2>${e(g.heading)}</h2><ul>${g.names.map((n) => `<li>${e(n)}</li>`).join("")}</ul>`),
    doc.legality ? `<h2>${e(doc.legalityHeading)}</h2><p>${e(doc.legality)}</p>` : "",
    doc.inspectors.length > 0 ? `<h2>${e(doc.inspectorsHeading)}</h2><ul>${doc.inspectors.map((i) => `<li>${e(i)}</li>`).join("")}</ul>` : "",
    `<h2>${e(doc.itemsHeading)}</h2>`,
    doc.sections.length === 0 ? `<p>${e(doc.labels.noDecisions)}</p>` : "",
    ...doc.sections.map((s) => section(s, doc)),
    doc.footer ? `<hr><p>${e(doc.footer)}</p>` : "",
    `</body></html>`,
  ];
  return parts.filter(Boolean).join("\n") + "\n";
}

function facts(list: { label: string; value: string }[]): string {
  return `<dl>${list.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join("")}</dl>`;
}

function paragraphs(text: string): string {
  return text.split(/\r?\n/).map((l) => `<p>${escapeHtml(l)}</p>`).join("");
}

function section(s: SectionDoc, doc: MinutesDoc): string {
  const e = escapeHtml;
  return [
    `<section id="s${s.section}">`,
    `<h3>${e(s.heading)}</h3>`,
    `<p><em>${e(s.label)} — ${e(s.item)}</em></p>`,
    facts(s.facts),
    s.proposal ? `<h4>${e(doc.labels.proposal)}</h4>${paragraphs(s.proposal)}` : "",
    `<h4>${e(doc.labels.decision)}</h4>${paragraphs(s.decision)}`,
    s.measures.length > 0 ? `<ul>${s.measures.map((m) => `<li>${e(m)}</li>`).join("")}</ul>` : "",
    `</section>`,
  ].join("");
}
