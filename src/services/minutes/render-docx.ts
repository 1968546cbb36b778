/**
 * Minutes (or an extract) as a Word document (the `docx` package): parties file them in their own case systems,
 * which expect .docx. One paragraph per line of the decision text keeps its numbered points; signature lines end
 * the document.
 */
import type * as Docx from "docx";
import type { MinutesDoc, SectionDoc } from "./document.js";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Backticks in typed text are shown as plain quote marks, as in the other exports. */
const clean = (text: string) => text.replace(/`/g, "'");

/** The docx package loads with the first document, not at start-up (issue 18: the server's start and footprint). */
let D: typeof Docx;

export async function renderMinutesDocx(doc: MinutesDoc): Promise<Uint8Array> {
  D ??= await import("docx");
  const children: Docx.Paragraph[] = [];
  if (doc.draftMark)
    children.push(new D.Paragraph({ alignment: D.AlignmentType.RIGHT, children: [new D.TextRun({ text: doc.draftMark, bold: true, color: "B00000" })] }));
  children.push(new D.Paragraph({ text: clean(doc.title), heading: D.HeadingLevel.TITLE }));
  if (doc.subtitle) children.push(new D.Paragraph({ children: [new D.TextRun({ text: clean(doc.subtitle), italics: true })] }));
  children.push(...doc.facts.map(fact));
  for (const group of doc.attendees) children.push(heading(group.heading, D.HeadingLevel.HEADING_2), ...group.names.map(bullet));
  if (doc.legality) children.push(heading(doc.legalityHeading, D.HeadingLevel.HEADING_2), text(doc.legality));
  if (doc.inspectors.length > 0) children.push(heading(doc.inspectorsHeading, D.HeadingLevel.HEADING_2), ...doc.inspectors.map(bullet));
  children.push(heading(doc.itemsHeading, D.HeadingLevel.HEADING_2));
  if (doc.sections.length === 0) children.push(text(doc.labels.noDecisions));
  for (const s of doc.sections) children.push(...section(s, doc));
  children.push(...signatures(doc));
  if (doc.footer) children.push(new D.Paragraph(""), text(doc.footer));
  const file = new D.Document({ title: clean(doc.title), creator: "Yhdyspinta", sections: [{ children }] });
  const buffer = await D.Packer.toBuffer(file);
  return new Uint8Array(buffer);
}

function text(value: string): Docx.Paragraph {
  return new D.Paragraph(clean(value));
}

function bullet(value: string): Docx.Paragraph {
  return new D.Paragraph({ text: clean(value), bullet: { level: 0 } });
}

function heading(value: string, level: (typeof Docx.HeadingLevel)[keyof typeof Docx.HeadingLevel]): Docx.Paragraph {
  return new D.Paragraph({ text: clean(value), heading: level });
}

function bold(value: string): Docx.Paragraph {
  return new D.Paragraph({ children: [new D.TextRun({ text: clean(value), bold: true })] });
}

function fact(f: { label: string; value: string }): Docx.Paragraph {
  return new D.Paragraph({ children: [new D.TextRun({ text: `${clean(f.label)}: `, bold: true }), new D.TextRun(clean(f.value))] });
}

function lines(value: string): Docx.Paragraph[] {
  return value.split(/\r?\n/).map(text);
}

function section(s: SectionDoc, doc: MinutesDoc): Docx.Paragraph[] {
  const out = [
    heading(s.heading, D.HeadingLevel.HEADING_3),
    new D.Paragraph({ children: [new D.TextRun({ text: clean(`${s.label} — ${s.item}`), italics: true })] }),
    ...s.facts.map(fact),
  ];
  if (s.background) out.push(bold(doc.labels.background), ...lines(s.background));
  if (s.proposal) out.push(bold(doc.labels.proposal), ...lines(s.proposal));
  out.push(bold(doc.labels.decision), ...lines(s.decision));
  if (s.measures.length > 0) out.push(bold(doc.labels.followUp), ...s.measures.map(bullet));
  if (s.attachments.length > 0) out.push(bold(doc.labels.attachments), ...s.attachments.map(bullet));
  return out;
}

function signLine(l: { role: string; name: string; date?: string }): Docx.Paragraph[] {
  return [new D.Paragraph(""), text("______________________________"), text(`${l.role}: ${l.name}${l.date ? ` (${l.date})` : ""}`)];
}

function signatures(doc: MinutesDoc): Docx.Paragraph[] {
  const out: Docx.Paragraph[] = [];
  if (doc.signatures.lines.length > 0) out.push(heading(doc.signatures.heading, D.HeadingLevel.HEADING_2), ...doc.signatures.lines.flatMap(signLine));
  if (doc.inspection.lines.length > 0)
    out.push(heading(doc.inspection.heading, D.HeadingLevel.HEADING_2), text(doc.inspection.statement), ...doc.inspection.lines.flatMap(signLine));
  if (doc.certification) out.push(heading(doc.certification.heading, D.HeadingLevel.HEADING_2), ...doc.certification.lines.map(text));
  return out;
}
