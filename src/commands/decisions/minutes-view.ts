/** The minutes in chat (short: one line per §) with the full Markdown, HTML and DOCX files attached. */
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { MinutesDoc } from "../../services/minutes/document.js";
import { minutesFiles } from "../../services/minutes/files.js";
import type { MinutesFormat } from "../../services/minutes/urls.js";

const EXCERPT = 240;

export function minutesBlocks(doc: MinutesDoc): Block[] {
  const blocks: Block[] = [
    { kind: "heading", text: doc.title },
    { kind: "facts", facts: [...doc.facts, ...doc.attendees.map((g) => ({ label: g.heading, value: g.names.join("; ") }))] },
    { kind: "text", text: `**${doc.legalityHeading}:** ${doc.legality}` },
    { kind: "text", text: `**${doc.inspectorsHeading}:**` },
    { kind: "list", items: doc.inspectors },
    { kind: "heading", text: doc.itemsHeading },
  ];
  if (doc.sections.length === 0) blocks.push({ kind: "text", text: doc.labels.noDecisions });
  else
    blocks.push({
      kind: "list",
      items: doc.sections.map((s) => {
        const text = s.decision.replace(/\s+/g, " ");
        const amends = s.amends ? ` ${t(doc.locale, "minutes.amendment", { original: s.amends })}` : "";
        return `**${s.heading}** (${s.item})${amends} — ${text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text}`;
      }),
    });
  return blocks;
}

export async function minutesReply(doc: MinutesDoc, locale: Locale, basename: string, urlOf?: (format: MinutesFormat) => string): Promise<Reply> {
  const blocks = [...minutesBlocks(doc), { kind: "text" as const, text: t(locale, "minutes.exports") }];
  return reply(blocks, { attachments: await minutesFiles(doc, basename, urlOf), summary: doc.title });
}
