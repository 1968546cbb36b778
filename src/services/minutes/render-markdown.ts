/**
 * Minutes (or an extract) as Markdown: headings per §, facts as bold labels, decision text kept line by line,
 * signature lines at the end. Text is the record's own; no code spans, so no backtick ever appears.
 */
import type { MinutesDoc, SectionDoc } from "./document.js";

export function renderMinutesMarkdown(doc: MinutesDoc): string {
  const out: string[] = [];
  if (doc.draftMark) out.push(`**${doc.draftMark}**`, "");
  out.push(`# ${doc.title}`, "");
  if (doc.subtitle) out.push(`_${doc.subtitle}_`, "");
  for (const f of doc.facts) out.push(`- **${f.label}:** ${f.value}`);
  out.push("");
  for (const group of doc.attendees) out.push(`## ${group.heading}`, "", ...group.names.map((n) => `- ${n}`), "");
  if (doc.legality) out.push(`## ${doc.legalityHeading}`, "", doc.legality, "");
  if (doc.inspectors.length > 0) out.push(`## ${doc.inspectorsHeading}`, "", ...doc.inspectors.map((i) => `- ${i}`), "");
  out.push(`## ${doc.itemsHeading}`, "");
  if (doc.sections.length === 0) out.push(doc.labels.noDecisions, "");
  for (const s of doc.sections) out.push(...sectionMarkdown(s, doc));
  out.push(...signatureMarkdown(doc));
  if (doc.footer) out.push("---", "", doc.footer, "");
  return `${clean(out.join("\n"))
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function sectionMarkdown(s: SectionDoc, doc: MinutesDoc): string[] {
  const out = [`### ${s.heading}`, "", `_${s.label} — ${s.item}_`, ""];
  for (const f of s.facts) out.push(`- **${f.label}:** ${f.value}`);
  out.push("");
  if (s.background) out.push(`**${doc.labels.background}**`, "", ...lines(s.background), "");
  if (s.proposal) out.push(`**${doc.labels.proposal}**`, "", ...lines(s.proposal), "");
  out.push(`**${doc.labels.decision}**`, "", ...lines(s.decision), "");
  if (s.measures.length > 0) out.push(`**${doc.labels.followUp}**`, "", ...s.measures.map((m) => `- ${m}`), "");
  if (s.attachments.length > 0) out.push(`**${doc.labels.attachments}**`, "", ...s.attachments.map((a) => `- ${a}`), "");
  return out;
}

function signatureMarkdown(doc: MinutesDoc): string[] {
  const out: string[] = [];
  if (doc.signatures.lines.length > 0) {
    out.push(`## ${doc.signatures.heading}`, "");
    for (const l of doc.signatures.lines) out.push(`${l.role}: ______________________  ${l.name}`, "");
  }
  if (doc.inspection.lines.length > 0) {
    out.push(`## ${doc.inspection.heading}`, "", doc.inspection.statement, "");
    for (const l of doc.inspection.lines) out.push(`${l.role}: ______________________  ${l.name}${l.date ? ` (${l.date})` : ""}`, "");
  }
  if (doc.certification)
    out.push(`## ${doc.certification.heading}`, "", ...doc.certification.lines.map((l, i, all) => (i < all.length - 1 ? `${l}  ` : l)), "");
  return out;
}

/** Keeps the author's line breaks (numbered points) as Markdown hard breaks. */
function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l, i, all) => (i < all.length - 1 ? `${l}  ` : l));
}

/** A backtick typed into a title or decision would open a code span in Markdown: show it as a plain quote mark. */
function clean(text: string): string {
  return text.replace(/`/g, "'");
}
