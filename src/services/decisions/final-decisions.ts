/** The meeting page's decisions: the meeting's final decisions (drafts stay hidden), numbered "§ 12/2027". */
import type { DbOrTx } from "../../../db/connection.js";
import type { PageDecision } from "../../calendar/calendar-data.js";
import { decisionsOfMeeting } from "./queries.js";

export function finalDecisionsOf(db: DbOrTx, meetingId: string): PageDecision[] {
  return decisionsOfMeeting(db, meetingId)
    .filter((d) => d.status === "final")
    .map((d) => ({ section: `§ ${d.section}/${d.sectionYear}`, title: d.title, text: d.decisionText }));
}
