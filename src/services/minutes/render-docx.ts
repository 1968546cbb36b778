/**
 * Minutes (or an extract) as a Word document (the `docx` package): parties file them in their own case systems,
 * which expect .docx. One paragraph per line of the decision text keeps its numbered points.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { MinutesDoc, SectionDoc } from "./document.js";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function renderMinutesDocx(doc: MinutesDoc): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  if (doc.subtitle) children.push(new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true })] }));
  children.push(...doc.facts.map(fact));
  for (const group of doc.attendees) {
    children.push(heading(group.heading, HeadingLevel.HEADING_2), ...group.names.map((n) => new Paragraph({ text: n, bullet: { level: 0 } })));
  }
  if (doc.legality) children.push(heading(doc.legalityHeading, HeadingLevel.HEADING_2), new Paragraph(doc.legality));
  if (doc.inspectors.length > 0) {
    children.push(heading(doc.inspectorsHeading, HeadingLevel.HEADING_2), ...doc.inspectors.map((i) => new Paragraph({ text: i, bullet: { level: 0 } })));
  }
  children.push(heading(doc.itemsHeading, HeadingLevel.HEADING_2));
  if (doc.sections.length === 0) children.push(new Paragraph(doc.labels.noDecisions));
  for (const s of doc.sections) children.push(...section(s, doc));
  if (doc.footer) children.push(new Paragraph(""), new Paragraph(doc.footer));
  const file = new Document({ title: doc.title, creator: "Yhdyspinta", sections: [{ children }] });
  const buffer = await Packer.toBuffer(file);
  return new Uint8Array(buffer);
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading: level });
}

function fact(f: { label: string; value: string }): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)] });
}

function section(s: SectionDoc, doc: MinutesDoc): Paragraph[] {
  const out = [heading(s.heading, HeadingLevel.HEADING_3), new Paragraph({ children: [new TextRun({ text: `${s.label} — ${s.item}`, italics: true })] }), ...s.facts.map(fact)];
  if (s.proposal) out.push(new Paragraph({ children: [new TextRun({ text: doc.labels.proposal, bold: true })] }), ...s.proposal.split(/\r?\n/).map((l) => new Paragraph(l)));
  out.push(new Paragraph({ children: [new TextRun({ text: doc.labels.decision, bold: true })] }), ...s.decision.split(/\r?\n/).map((l) => new Paragraph(l)));
  out.push(...s.measures.map((m) => new Paragraph({ text: m, bullet: { level: 0 } })));
  return out;
}
