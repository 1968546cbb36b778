/**
 * Shaping the agenda (secretary, convener or admin): accept, reject with a reason, order, merge duplicates,
 * standing items from the template, and the decision proposal of an item. Accepting, rejecting and merging tell the
 * proposer in the same transaction.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/connection.js";
import { agendaItems, AGENDA_DESCRIPTION_MAX, STANDING_ITEM_KEYS, type StandingItemKey } from "../../../db/schema/index.js";
import type { Context } from "../../context.js";
import { UserError } from "../../errors.js";
import { isLocale } from "../../i18n/locale.js";
import { allows, requireCapability, type Who } from "../access.js";
import { change, type Audit } from "../audit.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow } from "../forums.js";
import { withMessages } from "../reminders/notices.js";
import { auditView, listItems, nextItemNumber, requireItem, type AgendaItemRow } from "./items.js";
import { tellProposer } from "./notify.js";
import { STANDING_HEAD, standingTitle } from "./standing.js";

/** Shaping the forum's agenda: its secretary, convener or an admin; everyone else is refused naming those roles. */
export function requireMayShapeAgenda(who: Who, forum: ForumRow): void {
  requireCapability(who, "shape_agenda", forum);
}

/** Whether the person may shape the forum's agendas: for choosing the secretary's view and offering its buttons. */
export function mayShapeAgenda(who: Who, forum: ForumRow): boolean {
  return allows(who, "shape_agenda", forum);
}

function entityId(item: AgendaItemRow): string {
  return String(item.id);
}

function setState(tx: Tx, audit: Audit, item: AgendaItemRow, patch: Partial<AgendaItemRow>, action: string, now: number): AgendaItemRow {
  const after = tx
    .update(agendaItems)
    .set({ ...patch, updatedAt: now })
    .where(eq(agendaItems.id, item.id))
    .returning()
    .get();
  audit({ action, entity: "agenda_item", entityId: entityId(item), before: auditView(item), after: auditView(after) });
  return after;
}

export function acceptItem(ctx: Context, forum: ForumRow, item: AgendaItemRow): AgendaItemRow {
  requireMayShapeAgenda(ctx, forum);
  if (item.state === "withdrawn" || item.mergedIntoId !== null) throw new UserError("agenda.error.gone", { item: item.number });
  if (item.state === "accepted") throw new UserError("agenda.error.already", { item: item.number, state: ctx.t("agenda.state.accepted") });
  // The change and the proposer's notice: one transaction (issue 14 §1).
  return withMessages(ctx.db, () => {
    const accepted = change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) =>
      setState(tx, audit, item, { state: "accepted", rejectReason: null }, "agenda.accept", ctx.now),
    );
    tellProposer(ctx, accepted, "agenda.notify.accepted", { meeting: accepted.meetingId });
    return accepted;
  });
}

/** Refuses an item that cannot be rejected (withdrawn, merged, already rejected); before asking for a reason. */
export function checkRejectable(ctx: Context, item: AgendaItemRow): void {
  if (item.state === "withdrawn" || item.mergedIntoId !== null) throw new UserError("agenda.error.gone", { item: item.number });
  if (item.state === "rejected") throw new UserError("agenda.error.already", { item: item.number, state: ctx.t("agenda.state.rejected") });
}

export function rejectItem(ctx: Context, forum: ForumRow, item: AgendaItemRow, reason: string): AgendaItemRow {
  requireMayShapeAgenda(ctx, forum);
  const clean = reason.trim();
  if (!clean) throw new UserError("agenda.error.reasonNeeded", { usage: ctx.t("agenda.usage.reject") });
  if (clean.length > AGENDA_DESCRIPTION_MAX)
    throw new UserError("error.tooLong", { what: ctx.t("agenda.field.reason"), length: clean.length, max: AGENDA_DESCRIPTION_MAX });
  checkRejectable(ctx, item);
  return withMessages(ctx.db, () => {
    const rejected = change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) =>
      setState(tx, audit, item, { state: "rejected", rejectReason: clean }, "agenda.reject", ctx.now),
    );
    tellProposer(ctx, rejected, "agenda.notify.rejected", { meeting: rejected.meetingId, reason: clean });
    return rejected;
  });
}

/**
 * Puts the named items first (after the unnamed opening standing items), in the given order; the others keep their
 * relative order after them.
 */
export function orderItems(ctx: Context, meeting: MeetingRow, forum: ForumRow, typed: string[]): AgendaItemRow[] {
  requireMayShapeAgenda(ctx, forum);
  if (typed.length === 0) throw new UserError("error.missingArgument", { what: ctx.t("agenda.field.numbers"), usage: ctx.t("agenda.usage.order") });
  const chosen = typed.map((word) => requireItem(ctx.db, meeting.id, word));
  const ids = chosen.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw new UserError("agenda.error.duplicateNumber");
  const before = listItems(ctx.db, meeting.id);
  const rest = before.filter((i) => !ids.includes(i.id));
  // Opening, quorum and inspectors that were not named keep their place at the start.
  const isHead = (i: AgendaItemRow) => i.standingKey !== null && STANDING_HEAD.includes(i.standingKey);
  const ordered = [...rest.filter(isHead), ...chosen, ...rest.filter((i) => !isHead(i))];
  change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) => {
    ordered.forEach((item, index) => {
      tx.update(agendaItems)
        .set({ position: index + 1, updatedAt: ctx.now })
        .where(eq(agendaItems.id, item.id))
        .run();
    });
    audit({ action: "agenda.order", entity: "meeting", entityId: meeting.id, before: before.map((i) => i.number), after: ordered.map((i) => i.number) });
  });
  return listItems(ctx.db, meeting.id);
}

/** Marks `item` as a duplicate of `into`: it leaves the agenda, `into` stays; the link is kept. */
export function mergeItems(ctx: Context, forum: ForumRow, item: AgendaItemRow, into: AgendaItemRow): AgendaItemRow {
  requireMayShapeAgenda(ctx, forum);
  if (item.id === into.id) throw new UserError("agenda.error.mergeSelf");
  if (into.mergedIntoId !== null || into.state === "withdrawn" || into.state === "rejected") throw new UserError("agenda.error.gone", { item: into.number });
  if (item.mergedIntoId !== null || item.state === "withdrawn") throw new UserError("agenda.error.gone", { item: item.number });
  return withMessages(ctx.db, () => {
    const merged = change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) => {
      const after = setState(tx, audit, item, { mergedIntoId: into.id }, "agenda.merge", ctx.now);
      tx.update(agendaItems).set({ mergedIntoId: into.id }).where(eq(agendaItems.mergedIntoId, item.id)).run();
      return after;
    });
    tellProposer(ctx, merged, "agenda.notify.merged", { meeting: merged.meetingId, into: into.number, intoTitle: into.title });
    return merged;
  });
}

/** Adds the standing items that are missing (opening, quorum, inspectors first; closing last). */
export function addStandingItems(ctx: Context, meeting: MeetingRow, forum: ForumRow): AgendaItemRow[] {
  requireMayShapeAgenda(ctx, forum);
  const existing = listItems(ctx.db, meeting.id);
  const present = new Set(existing.filter((i) => i.standingKey && i.state !== "withdrawn" && i.state !== "rejected").map((i) => i.standingKey));
  const missing = STANDING_ITEM_KEYS.filter((key) => !present.has(key));
  const locale = isLocale(ctx.region.defaultLocale) ? ctx.region.defaultLocale : "fi";
  const minPosition = Math.min(0, ...existing.map((i) => i.position));
  return change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) =>
    missing.map((key: StandingItemKey) => {
      const head = STANDING_HEAD.indexOf(key);
      const item = tx
        .insert(agendaItems)
        .values({
          meetingId: meeting.id,
          number: nextItemNumber(tx, meeting.id),
          title: standingTitle(key, locale),
          state: "accepted",
          standing: true,
          standingKey: key,
          position: head >= 0 ? minPosition - STANDING_HEAD.length + head : 0,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning()
        .get();
      audit({ action: "agenda.standing", entity: "agenda_item", entityId: entityId(item), after: auditView(item) });
      return item;
    }),
  );
}

/** Sets the decision proposal (päätösesitys) shown in the published agenda; empty text clears it. */
export function setProposal(ctx: Context, forum: ForumRow, item: AgendaItemRow, text: string): AgendaItemRow {
  requireMayShapeAgenda(ctx, forum);
  const clean = text.trim() || null;
  if (clean && clean.length > AGENDA_DESCRIPTION_MAX)
    throw new UserError("error.tooLong", { what: ctx.t("agenda.field.proposal"), length: clean.length, max: AGENDA_DESCRIPTION_MAX });
  return change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) => setState(tx, audit, item, { proposal: clean }, "agenda.proposal", ctx.now));
}
