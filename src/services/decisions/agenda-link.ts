/**
 * Ties a decision to its agenda item by the item's number on the agenda: the published agenda when there is one,
 * else the agenda as it stands (the numbered list of the agenda view); `#N` is an item's running proposal number.
 * A meeting with no agenda at all takes the number as typed. "Other matters" (muut asiat) have no item.
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaItems } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { freezeAgenda } from "../agenda/freeze.js";
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
  // "#7" names an item by its running proposal number, as the agenda commands do.
  const running = /^#(\d+)$/.exec(typed.trim());
  if (running) {
    const item = db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, Number(running[1]))))
      .get();
    if (!item) throw new UserError("decision.unknownItem", { item: typed, meeting: meetingId });
    const place = freezeAgenda(db, meetingId).items.find((i) => i.itemId === item.id);
    return linkOf(item, place?.number ?? item.number);
  }
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
  // Not published yet: the number is the item's place on the agenda, as the agenda view lists it (1., 2., …) and
  // as it will be published, so the agenda view and the decision use the same number (issue 15 point 5).
  const frozen = Number.isInteger(number) ? freezeAgenda(db, meetingId).items.find((i) => i.number === number) : undefined;
  const item = frozen ? db.select().from(agendaItems).where(eq(agendaItems.id, frozen.itemId)).get() : undefined;
  if (!item || !frozen) throw new UserError("decision.unknownItem", { item: typed, meeting: meetingId });
  return linkOf(item, frozen.number);
}

function linkOf(item: typeof agendaItems.$inferSelect, number: number): AgendaLink {
  return {
    itemNumber: String(number),
    agendaItemId: item.id,
    title: item.title,
    ...(item.proposal ? { proposal: item.proposal } : {}),
    ...(item.preparer ? { preparer: item.preparer } : {}),
    goalCodes: item.goalCodes,
  };
}
