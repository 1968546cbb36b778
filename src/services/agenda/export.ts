/**
 * The agenda as a document, formatted like a Finnish municipal agenda: body, "ESITYSLISTA", meeting, time, place,
 * then numbered sections (1 §) with preparer, background and decision proposal. Markdown or HTML.
 */
import type { DbOrTx } from "../../../db/connection.js";
import type { FrozenAgenda, FrozenAgendaItem } from "../../../db/schema/index.js";
import { escapeHtml } from "../../calendar/html.js";
import type { Attachment } from "../../conversation/reply.js";
import { t } from "../../i18n/catalog.js";
import { formatDateTime } from "../../i18n/format.js";
import { localized, type Locale } from "../../i18n/locale.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow } from "../forums.js";
import { partyNames, type NameOf } from "../names.js";
import { UserError } from "../../errors.js";
import { requireReadable, type Who } from "../access.js";
import { freezeAgenda } from "./freeze.js";
import { frozenTitle, latestVersion } from "./published.js";
import { mayShapeAgenda } from "./shape.js";
import { meetingFacts } from "./render-published.js";

export type ExportFormat = "md" | "html";

export interface ExportSource {
  content: FrozenAgenda;
  /** Absent for a draft (not yet published). */
  version?: number;
  publishedAt?: number;
}

/**
 * The `agenda export` use case's source: the latest published version for whoever may read the forum, or, before
 * the first publication, a draft of the agenda as it stands for whoever shapes it; anyone else is refused until
 * it is published.
 */
export function agendaExportSource(who: Who, meeting: MeetingRow, forum: ForumRow): ExportSource {
  requireReadable(who, forum);
  const version = latestVersion(who.db, meeting.id);
  if (version) return { content: version.content, version: version.version, publishedAt: version.publishedAt };
  if (!mayShapeAgenda(who, forum)) throw new UserError("agenda.error.notPublished", { meeting: meeting.id });
  return { content: freezeAgenda(who.db, meeting.id) };
}

interface Section {
  heading: string;
  facts: { label: string; value: string }[];
  description?: string;
  proposal?: string;
  attachments: string[];
}

function section(partyName: NameOf, item: FrozenAgendaItem, locale: Locale): Section {
  const facts: { label: string; value: string }[] = [];
  if (item.preparer) facts.push({ label: t(locale, "agenda.preparer"), value: item.preparer });
  if (item.partyId) facts.push({ label: t(locale, "agenda.party"), value: partyName(item.partyId) });
  if (item.goalCodes?.length) facts.push({ label: t(locale, "agenda.goals"), value: item.goalCodes.join(", ") });
  if (item.estimatedMinutes) facts.push({ label: t(locale, "agenda.duration"), value: t(locale, "agenda.minutes", { minutes: item.estimatedMinutes }) });
  return {
    heading: `${t(locale, "agenda.export.section", { number: item.number })} ${frozenTitle(item, locale)}`,
    facts,
    description: item.description,
    proposal: item.proposal,
    attachments: item.attachments ?? [],
  };
}

function statusLine(source: ExportSource, meeting: MeetingRow, locale: Locale): string {
  return source.version && source.publishedAt
    ? t(locale, "agenda.versionLine", { version: source.version, date: formatDateTime(source.publishedAt, locale, meeting.zone) })
    : t(locale, "agenda.export.draft");
}

export function agendaMarkdown(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, source: ExportSource, locale: Locale): string {
  const lines = [`# ${localized(forum.names, locale)}`, "", `**${t(locale, "agenda.export.title")}**`, ""];
  for (const fact of meetingFacts(meeting, forum, locale)) lines.push(`${fact.label}: ${fact.value}  `);
  lines.push("", `_${statusLine(source, meeting, locale)}_`, "");
  const partyName = partyNames(db, locale);
  for (const item of source.content.items) {
    const s = section(partyName, item, locale);
    lines.push(`## ${s.heading}`, "");
    for (const fact of s.facts) lines.push(`${fact.label}: ${fact.value}  `);
    if (s.facts.length) lines.push("");
    if (s.description) lines.push(s.description, "");
    if (s.proposal) lines.push(`**${t(locale, "agenda.proposal")}:** ${s.proposal}`, "");
    if (s.attachments.length) lines.push(`${t(locale, "agenda.attachments")}:`, ...s.attachments.map((a) => `- ${a}`), "");
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

function link(url: string): string {
  const safe = /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
  return `<li>${safe}</li>`;
}

export function agendaHtml(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, source: ExportSource, locale: Locale): string {
  const title = `${t(locale, "agenda.export.title")} — ${localized(forum.names, locale)} ${meeting.id}`;
  const out = [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    "<body>",
    `<h1>${escapeHtml(localized(forum.names, locale))}</h1>`,
    `<p class="doc-type"><strong>${escapeHtml(t(locale, "agenda.export.title"))}</strong></p>`,
    "<dl>",
    ...meetingFacts(meeting, forum, locale).map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`),
    "</dl>",
    `<p class="status"><em>${escapeHtml(statusLine(source, meeting, locale))}</em></p>`,
  ];
  const partyName = partyNames(db, locale);
  for (const item of source.content.items) {
    const s = section(partyName, item, locale);
    out.push("<section>", `<h2>${escapeHtml(s.heading)}</h2>`);
    if (s.facts.length) out.push("<dl>", ...s.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`), "</dl>");
    if (s.description) out.push(paragraphs(s.description));
    if (s.proposal) out.push(`<p class="proposal"><strong>${escapeHtml(t(locale, "agenda.proposal"))}:</strong> ${escapeHtml(s.proposal)}</p>`);
    if (s.attachments.length) out.push(`<p>${escapeHtml(t(locale, "agenda.attachments"))}:</p>`, "<ul>", ...s.attachments.map(link), "</ul>");
    out.push("</section>");
  }
  out.push("</body>", "</html>");
  return `${out.join("\n")}\n`;
}

export function agendaAttachment(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, source: ExportSource, locale: Locale, format: ExportFormat): Attachment {
  const base = `${meeting.id}-${t(locale, "agenda.export.fileWord")}${source.version ? `-v${source.version}` : ""}`;
  return format === "html"
    ? { filename: `${base}.html`, contentType: "text/html; charset=utf-8", content: agendaHtml(db, meeting, forum, source, locale) }
    : { filename: `${base}.md`, contentType: "text/markdown; charset=utf-8", content: agendaMarkdown(db, meeting, forum, source, locale) };
}
