/** Renders a minutes document in one format: the bytes, the content type and the file name. */
import type { MinutesDoc } from "./document.js";
import { DOCX_CONTENT_TYPE, renderMinutesDocx } from "./render-docx.js";
import { renderMinutesHtml } from "./render-html.js";
import { renderMinutesMarkdown } from "./render-markdown.js";
import type { MinutesFormat } from "./urls.js";

export const MINUTES_FORMATS: MinutesFormat[] = ["md", "html", "docx"];

export const CONTENT_TYPES: Record<MinutesFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: DOCX_CONTENT_TYPE,
};

export async function renderMinutes(doc: MinutesDoc, format: MinutesFormat): Promise<string | Uint8Array> {
  if (format === "md") return renderMinutesMarkdown(doc);
  if (format === "html") return renderMinutesHtml(doc);
  return renderMinutesDocx(doc);
}
