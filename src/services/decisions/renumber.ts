/**
 * Keeps a forum's §§ of one numbering year in agenda order inside the recording transaction, whatever order the
 * decisions were typed in (issue 15 point 5). Final decisions never move; drafts are renumbered around them.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/connection.js";
import { agendaItems, decisions, meetings } from "../../../db/schema/index.js";
import { sectionsInAgendaOrder } from "../../domain/agenda-order.js";

export function renumberInAgendaOrder(tx: Tx, forumId: number, sectionYear: number): void {
  const rows = tx
    .select({
      id: decisions.id,
      itemNumber: decisions.itemNumber,
      section: decisions.section,
      status: decisions.status,
      startsAt: meetings.startsAt,
      agendaPosition: agendaItems.position,
    })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .leftJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
    .where(and(eq(decisions.forumId, forumId), eq(decisions.sectionYear, sectionYear)))
    .all();
  const target = sectionsInAgendaOrder(rows.map((r) => ({ ...r, final: r.status === "final" })));
  if (!target) return;
  const moving = rows.filter((r) => target.get(r.id) !== r.section);
  // Two passes through negative numbers, so the unique index on forum + year + § never sees a duplicate midway.
  for (const r of moving) tx.update(decisions).set({ section: -r.id }).where(eq(decisions.id, r.id)).run();
  for (const r of moving)
    tx.update(decisions)
      .set({ section: target.get(r.id)! })
      .where(eq(decisions.id, r.id))
      .run();
}
