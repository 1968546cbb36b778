/** A decision as chat blocks (replies, and the announcement rendered when it is sent): its § label and title, facts (item, goals, diary numbers…), proposal and decision. */
import type { DbOrTx } from "../../../db/connection.js";
import { reply, type Block, type Reply } from "../../conversation/reply.js";
import type { Locale } from "../../i18n/locale.js";
import { t } from "../../i18n/catalog.js";
import { goalCodesOf, viewDecision, type DecisionView } from "./queries.js";
import type { DecisionRow } from "./record.js";
import { labelDecisions } from "./section-ref.js";
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
 * One line per decision in lists: "ANK 21.4.2027 § 15 Title (#T3 #T5)". A page of lines costs two queries, whatever
 * its length (issue 18: a line built from the decision's full section document cost seven).
 */
export function decisionLines(db: DbOrTx, decisions: DecisionRow[], locale: Locale): string[] {
  const labels = labelDecisions(db, decisions, locale);
  const codes = goalCodesOf(
    db,
    decisions.map((d) => d.id),
  );
  return decisions.map((d) => {
    const goals = codes.get(d.id) ?? [];
    return `**${labels.get(d.id)}** ${d.title}${goals.length > 0 ? ` (${goals.map((c) => `#${c}`).join(" ")})` : ""}`;
  });
}

/** The announcement of a decision as its forum's channels get it (rendered when sent, in the channel's language). */
export function announcementMessage(db: DbOrTx, decision: DecisionRow, locale: Locale): Reply {
  return reply(decisionBlocks(db, viewDecision(db, decision), locale), { visibility: "channel" });
}
