/** A decision as chat blocks (replies, and the announcement rendered when it is sent): its § label and title, facts (item, goals, diary numbers…), proposal and decision. */
import type { DbOrTx } from "../../../db/connection.js";
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import type { Locale } from "../../i18n/locale.js";
import { t } from "../../i18n/catalog.js";
import type { DecisionListRow } from "./list-rows.js";
import { viewDecision, type DecisionView } from "./queries.js";
import type { DecisionRow } from "./record.js";
import { sectionLabel } from "./section-ref.js";
import { sectionDoc } from "../minutes/document.js";

export function decisionBlocks(db: DbOrTx, view: DecisionView, locale: Locale): Block[] {
  const doc = sectionDoc(db, view, locale);
  const blocks: Block[] = [
    { kind: "heading", text: `${doc.label} — ${view.decision.title}` },
    { kind: "facts", facts: [{ label: t(locale, "decision.item"), value: doc.item }, ...doc.facts] },
  ];
  if (doc.proposal) blocks.push({ kind: "text", text: `**${t(locale, "decision.proposal")}:** ${doc.proposal}` });
  blocks.push({ kind: "text", text: `**${t(locale, "decision.decision")}:** ${doc.decision}` });
  if (doc.measures.length > 0) blocks.push({ kind: "text", text: `**${t(locale, "decision.measures")}:**` }, { kind: "list", items: doc.measures });
  return blocks;
}

/**
 * One line per decision in lists: "ANK 21.4.2027 § 15 Title (#T3 #T5)", from the rows a search reads for them
 * (list-rows.ts: a page in one query; issue 18).
 */
export function decisionLines(rows: readonly DecisionListRow[], locale: Locale): string[] {
  return rows.map((d) => {
    const label = sectionLabel(d.forumCode, d.meetingStartsAt, d.zone, d.section, locale);
    return `**${label}** ${d.title}${d.goalCodes.length > 0 ? ` (${d.goalCodes.map((c) => `#${c}`).join(" ")})` : ""}`;
  });
}

/** The announcement of a decision as its forum's channels get it (rendered when sent, in the channel's language). */
export function announcementMessage(db: DbOrTx, decision: DecisionRow, locale: Locale): Reply {
  return reply(decisionBlocks(db, viewDecision(db, decision), locale), { visibility: "channel" });
}
