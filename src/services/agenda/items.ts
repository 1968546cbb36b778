/**
 * Agenda items of a meeting: lookup by the running number people type, the order on the agenda, and which items
 * are on it. Writes live in propose.ts, shape.ts, move.ts and publish.ts.
 */
import { and, asc, eq, max } from "drizzle-orm";
import type { DbOrTx } from "../../../db/connection.js";
import { agendaItems } from "../../../db/schema/index.js";
import { compareAgendaOrder, isOnAgendaState } from "../../domain/agenda-rules.js";
import { UserError } from "../../errors.js";
import { STANDING_TAIL } from "./standing.js";

export type AgendaItemRow = typeof agendaItems.$inferSelect;

export function itemById(db: DbOrTx, id: number): AgendaItemRow | undefined {
  return db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
}

/** Every item of the meeting (also withdrawn, rejected and merged ones), in agenda order. */
export function listItems(db: DbOrTx, meetingId: string): AgendaItemRow[] {
  const rows = db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.number)).all();
  return sortByAgendaOrder(rows);
}

/** Closing standing items always come last; otherwise by position, then by number. */
export function sortByAgendaOrder(rows: AgendaItemRow[]): AgendaItemRow[] {
  const key = (row: AgendaItemRow) => ({ ...row, last: row.standingKey !== null && STANDING_TAIL.includes(row.standingKey) });
  return rows
    .map(key)
    .sort(compareAgendaOrder)
    .map(({ last: _last, ...row }) => row);
}

/** Whether the item appears on the published agenda (a late item needs acceptance first). */
export function isOnAgenda(item: AgendaItemRow): boolean {
  return isOnAgendaState(item.state, item.mergedIntoId !== null);
}

/** The items of the agenda, in order: accepted and on-time proposals, not merged into another. */
export function agendaOrder(db: DbOrTx, meetingId: string): AgendaItemRow[] {
  return listItems(db, meetingId).filter(isOnAgenda);
}

export function findItem(db: DbOrTx, meetingId: string, number: number): AgendaItemRow | undefined {
  return db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, number)))
    .get();
}

/**
 * The item by the number typed in chat, or a refusal naming the meeting. One numbering everywhere (issue 15 point 5):
 * a plain `3` is the third item on the agenda as the agenda view lists it (and as `decision` and the minutes number
 * it); `#7` is the item's running proposal number, which also names items off the agenda (late, rejected,
 * withdrawn). A number (from a form or a button's stored context) is the running number.
 */
export function requireItem(db: DbOrTx, meetingId: string, typed: string | number | undefined): AgendaItemRow {
  const text = String(typed ?? "").trim();
  const running = typeof typed === "number" || text.startsWith("#");
  const number = typeof typed === "number" ? typed : Number(text.replace(/^#/, ""));
  const valid = Number.isInteger(number) && number > 0;
  const item = !valid ? undefined : running ? findItem(db, meetingId, number) : agendaOrder(db, meetingId)[number - 1];
  if (!item) throw new UserError(running ? "agenda.error.unknownItem" : "agenda.error.notOnAgenda", { item: text.replace(/^#/, ""), meeting: meetingId });
  return item;
}

export function nextItemNumber(db: DbOrTx, meetingId: string): number {
  const row = db
    .select({ n: max(agendaItems.number) })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .get();
  return (row?.n ?? 0) + 1;
}

export function nextPosition(db: DbOrTx, meetingId: string): number {
  const row = db
    .select({ p: max(agendaItems.position) })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .get();
  return (row?.p ?? 0) + 1;
}

/** The fields an audit row keeps of an item. */
export function auditView(item: AgendaItemRow): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...rest } = item;
  return rest;
}
