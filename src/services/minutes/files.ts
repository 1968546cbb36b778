/** The minutes (or an extract) as the three files people download: Markdown, HTML and DOCX, each with its address. */
import type { Attachment } from "../../conversation/reply.js";
import type { MinutesDoc } from "./document.js";
import { DOCX_CONTENT_TYPE, renderMinutesDocx } from "./render-docx.js";
import { renderMinutesHtml } from "./render-html.js";
import { renderMinutesMarkdown } from "./render-markdown.js";
import type { MinutesFormat } from "./urls.js";

/** The three exports; `urlOf` gives each its download address (Teams can only offer files by URL). */
export async function minutesFiles(doc: MinutesDoc, basename: string, urlOf?: (format: MinutesFormat) => string): Promise<Attachment[]> {
  const url = (format: MinutesFormat) => (urlOf ? { url: urlOf(format) } : {});
  return [
    { filename: `${basename}.md`, contentType: "text/markdown; charset=utf-8", content: renderMinutesMarkdown(doc), ...url("md") },
    { filename: `${basename}.html`, contentType: "text/html; charset=utf-8", content: renderMinutesHtml(doc), ...url("html") },
    { filename: `${basename}.docx`, contentType: DOCX_CONTENT_TYPE, content: await renderMinutesDocx(doc), ...url("docx") },
  ];
}
