/**
 * Ties a decision to its agenda item by the item's number: the published agenda when there is one, else the
 * meeting's proposed/accepted items. A meeting with no agenda at all takes the number as typed. "Other matters"
 * (muut asiat) have no item.
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaItems } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { frozenTitle, latestVersion } from "../agenda/published.js";
import type { Locale } from "../../i18n/locale.js";

export interface AgendaLink {
  itemNumber: string;
  agendaItemId?: number;
  title?: string;
  proposal?: string;
  preparer?: string;
  goalCodes: string[];
}

export function linkAgendaItem(db: DbOrTx, meetingId: string, typed: string, locale: Locale): AgendaLink {
  const number = Number(typed);
  const published = latestVersion(db, meetingId);
  if (published) {
    const item = Number.isInteger(number) ? published.content.items.find((i) => i.number === number) : undefined;
    if (!item) throw new UserError("decision.unknownItem", { item: typed, meeting: meetingId });
    return {
      itemNumber: String(item.number),
      agendaItemId: item.itemId,
      title: frozenTitle(item, locale),
      ...(item.proposal ? { proposal: item.proposal } : {}),
      ...(item.preparer ? { preparer: item.preparer } : {}),
      goalCodes: item.goalCodes ?? [],
    };
  }
  const any = db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).limit(1).get();
  if (!any) {
    if (!/^\d{1,3}[a-z]?$/i.test(typed)) throw new UserError("decision.unknownItem", { item: typed, meeting: meetingId });
    return { itemNumber: typed, goalCodes: [] };
  }
  const item = Number.isInteger(number)
    ? db.select().from(agendaItems).where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, number))).get()
    : undefined;
  if (!item) throw new UserError("decision.unknownItem", { item: typed, meeting: meetingId });
  return {
    itemNumber: String(item.number),
    agendaItemId: item.id,
    title: item.title,
    ...(item.proposal ? { proposal: item.proposal } : {}),
    ...(item.preparer ? { preparer: item.preparer } : {}),
    goalCodes: item.goalCodes,
  };
}
