/** Freezing the numbered agenda into a version, and what changed between two versions. */
import type { DbOrTx } from "../../../db/connection.js";
import type { AgendaChangeSummary, FrozenAgenda, FrozenAgendaItem } from "../../../db/schema/index.js";
import { agendaOrder, type AgendaItemRow } from "./items.js";

export function frozenItem(item: AgendaItemRow, number: number): FrozenAgendaItem {
  return {
    number,
    itemId: item.id,
    title: item.title,
    ...(item.description ? { description: item.description } : {}),
    ...(item.proposal ? { proposal: item.proposal } : {}),
    ...(item.preparer ? { preparer: item.preparer } : {}),
    ...(item.partyId ? { partyId: item.partyId } : {}),
    ...(item.goalCodes.length ? { goalCodes: item.goalCodes } : {}),
    ...(item.attachments.length ? { attachments: item.attachments } : {}),
    ...(item.estimatedMinutes ? { estimatedMinutes: item.estimatedMinutes } : {}),
    ...(item.standingKey ? { standingKey: item.standingKey } : {}),
  };
}

/** The agenda as it would be published now: items on the agenda, numbered 1… in order. */
export function freezeAgenda(db: DbOrTx, meetingId: string): FrozenAgenda {
  return { items: agendaOrder(db, meetingId).map((item, index) => frozenItem(item, index + 1)) };
}

function sameContent(a: FrozenAgendaItem, b: FrozenAgendaItem): boolean {
  const { number: _a, ...restA } = a;
  const { number: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

export function summarizeChanges(before: FrozenAgenda | undefined, after: FrozenAgenda): AgendaChangeSummary {
  const old = new Map((before?.items ?? []).map((i) => [i.itemId, i]));
  const now = new Map(after.items.map((i) => [i.itemId, i]));
  const added = after.items.filter((i) => !old.has(i.itemId)).map((i) => i.title);
  const removed = (before?.items ?? []).filter((i) => !now.has(i.itemId)).map((i) => i.title);
  const changed = after.items.filter((i) => old.has(i.itemId) && !sameContent(old.get(i.itemId)!, i)).map((i) => i.title);
  const keptOld = (before?.items ?? []).filter((i) => now.has(i.itemId)).map((i) => i.itemId);
  const keptNew = after.items.filter((i) => old.has(i.itemId)).map((i) => i.itemId);
  return { added, removed, changed, reordered: keptOld.join(",") !== keptNew.join(",") };
}

export function isUnchanged(before: FrozenAgenda | undefined, after: FrozenAgenda): boolean {
  return before !== undefined && JSON.stringify(before.items) === JSON.stringify(after.items);
}
