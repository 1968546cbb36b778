/** Minutes (or an extract) as Markdown: headings per §, facts as bold labels, decision text kept line by line. */
import type { MinutesDoc, SectionDoc } from "./document.js";

export function renderMinutesMarkdown(doc: MinutesDoc): string {
  const out: string[] = [`# ${doc.title}`, ""];
  if (doc.subtitle) out.push(`_${doc.subtitle}_`, "");
  for (const f of doc.facts) out.push(`- **${f.label}:** ${f.value}`);
  out.push("");
  if (doc.attendees.length > 0) {
    for (const group of doc.attendees) out.push(`## ${group.heading}`, "", ...group.names.map((n) => `- ${n}`), "");
  }
  if (doc.legality) out.push(`## ${doc.legalityHeading}`, "", doc.legality, "");
  if (doc.inspectors.length > 0) out.push(`## ${doc.inspectorsHeading}`, "", ...doc.inspectors.map((i) => `- ${i}`), "");
  out.push(`## ${doc.itemsHeading}`, "");
  if (doc.sections.length === 0) out.push(doc.labels.noDecisions, "");
  for (const s of doc.sections) out.push(...sectionMarkdown(s, doc));
  if (doc.footer) out.push("---", "", doc.footer, "");
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function sectionMarkdown(s: SectionDoc, doc: MinutesDoc): string[] {
  const out = [`### ${s.heading}`, "", `_${s.label} — ${s.item}_`, ""];
  for (const f of s.facts) out.push(`- **${f.label}:** ${f.value}`);
  out.push("");
  if (s.proposal) out.push(`**${doc.labels.proposal}**`, "", ...lines(s.proposal), "");
  out.push(`**${doc.labels.decision}**`, "", ...lines(s.decision), "");
  if (s.measures.length > 0) out.push(...s.measures.map((m) => `- ${m}`), "");
  return out;
}

/** Keeps the author's line breaks (numbered points) as Markdown hard breaks. */
function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l, i, all) => (i < all.length - 1 ? `${l}  ` : l));
}
