/** Hook from the meeting page to the decisions capability: the meeting's final decisions (drafts stay hidden). */
import type { DbOrTx } from "../../db/connection.js";
import { decisionsOfMeeting } from "../services/decisions/queries.js";

export interface PageDecision {
  section: string;
  title: string;
  text: string;
}

export function finalDecisionsOf(db: DbOrTx, meetingId: string): PageDecision[] {
  return decisionsOfMeeting(db, meetingId)
    .filter((d) => d.status === "final")
    .map((d) => ({ section: `§ ${d.section}/${d.sectionYear}`, title: d.title, text: d.decisionText }));
}
