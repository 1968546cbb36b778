/** A decision as chat blocks: its § label and title, facts (item, goals, diary numbers…), proposal and decision. */
import type { DbOrTx } from "../../../db/connection.js";
import type { Block } from "../../conversation/reply.js";
import type { Locale } from "../../i18n/locale.js";
import { t } from "../../i18n/catalog.js";
import type { DecisionView } from "../../services/decisions/queries.js";
import { sectionDoc } from "../../services/minutes/document.js";

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

/** One line per decision in lists: "ANK 21.4.2027 § 15 Title (T3, T5)". */
export function decisionLine(db: DbOrTx, view: DecisionView, locale: Locale): string {
  const doc = sectionDoc(db, view, locale);
  const goals = view.goalCodes.length > 0 ? ` (${view.goalCodes.map((c) => `#${c}`).join(" ")})` : "";
  return `**${doc.label}** ${view.decision.title}${goals}`;
}
