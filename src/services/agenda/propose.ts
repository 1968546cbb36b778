/**
 * Proposing agenda items: any member of the forum until the deadline; after it the item is `late` and waits for the
 * secretary's acceptance. The proposer may edit or withdraw their own item until it is accepted.
 */
import { and, eq } from "drizzle-orm";
import { agendaItems, AGENDA_DESCRIPTION_MAX, AGENDA_TITLE_MAX, forumMembers } from "../../../db/schema/index.js";
import type { Context } from "../../context.js";
import { isChangeableByProposer, proposalStateAt } from "../../domain/agenda-rules.js";
import { UserError } from "../../errors.js";
import { allows, requireCapability, type Who } from "../access.js";
import { change } from "../audit.js";
import type { MeetingRow } from "../meetings.js";
import { agendaDeadlineOf } from "../agenda-deadline.js";
import { findParty } from "../parties.js";
import type { ForumRow } from "../forums.js";
import { withMessages } from "../reminders/notices.js";
import { checkGoalCodes } from "./goals.js";
import { tellSecretaryOfLate } from "./late-notice.js";
import { auditView, nextItemNumber, nextPosition, type AgendaItemRow } from "./items.js";

export interface ProposalInput {
  title: string;
  description?: string;
  partyId?: string;
  goalCodes?: string[];
  preparer?: string;
  attachments?: string[];
  estimatedMinutes?: number;
}

/** Proposing to the forum's agenda: a member, its secretary or convener, or an admin (also before the form). */
export function requireMayProposeAgenda(who: Who, forum: ForumRow): void {
  requireCapability(who, "propose_agenda", forum);
}

/** Whether the person may propose items to the forum's agendas: for offering the button that does it. */
export function mayProposeAgenda(who: Who, forum: ForumRow): boolean {
  return allows(who, "propose_agenda", forum);
}

/** Title and description within limits, or a clear refusal; returns them trimmed. */
export function checkLimits(ctx: Context, title: string, description: string | undefined): { title: string; description: string | null } {
  const cleanTitle = title.trim();
  if (!cleanTitle) throw new UserError("agenda.error.noTitle", { usage: ctx.t("agenda.usage.add") });
  if (cleanTitle.length > AGENDA_TITLE_MAX) {
    throw new UserError("error.tooLong", { what: ctx.t("agenda.field.title"), length: cleanTitle.length, max: AGENDA_TITLE_MAX });
  }
  const cleanDescription = description?.trim() || null;
  if (cleanDescription && cleanDescription.length > AGENDA_DESCRIPTION_MAX) {
    throw new UserError("error.tooLong", { what: ctx.t("agenda.field.description"), length: cleanDescription.length, max: AGENDA_DESCRIPTION_MAX });
  }
  return { title: cleanTitle, description: cleanDescription };
}

/** A meeting that is cancelled, held or already started takes no proposals and no changes. */
export function requireOpenMeeting(ctx: Context, meeting: MeetingRow): void {
  if (meeting.status === "cancelled" || meeting.status === "held" || meeting.startsAt <= ctx.now) {
    throw new UserError("agenda.error.closedMeeting", { meeting: meeting.id });
  }
}

/** The party a member proposes for by default: their party in the forum, else their own. */
export function defaultPartyOf(ctx: Context, forum: ForumRow): string | null {
  const member = ctx.db
    .select({ partyId: forumMembers.partyId })
    .from(forumMembers)
    .where(and(eq(forumMembers.forumId, forum.id), eq(forumMembers.personId, ctx.person!.id)))
    .get();
  return member?.partyId ?? ctx.person?.partyId ?? null;
}

export function proposeItem(ctx: Context, meeting: MeetingRow, forum: ForumRow, input: ProposalInput): AgendaItemRow {
  requireMayProposeAgenda(ctx, forum);
  requireOpenMeeting(ctx, meeting);
  const { title, description } = checkLimits(ctx, input.title, input.description);
  const goalCodes = checkGoalCodes(ctx.db, ctx.region.id, input.goalCodes ?? []);
  if (input.partyId && !findParty(ctx.db, input.partyId)) throw new UserError("agenda.error.unknownParty", { party: input.partyId });
  const state = proposalStateAt(ctx.now, agendaDeadlineOf(meeting, forum));
  // The proposal and, when late, the secretary's notice: one transaction (issue 14 §1).
  return withMessages(ctx.db, () => {
    const item = change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) => {
      const inserted = tx
        .insert(agendaItems)
        .values({
          meetingId: meeting.id,
          number: nextItemNumber(tx, meeting.id),
          title,
          description,
          proposerId: ctx.person!.id,
          partyId: input.partyId ?? defaultPartyOf(ctx, forum),
          goalCodes,
          preparer: input.preparer?.trim() || null,
          attachments: input.attachments ?? [],
          estimatedMinutes: input.estimatedMinutes ?? null,
          state,
          position: nextPosition(tx, meeting.id),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning()
        .get();
      audit({ action: "agenda.propose", entity: "agenda_item", entityId: String(inserted.id), after: auditView(inserted) });
      return inserted;
    });
    if (item.state === "late") tellSecretaryOfLate(ctx, meeting, forum, item);
    return item;
  });
}

/** The proposer (until accepted) or whoever shapes the agenda may change an item. */
function requireEditable(ctx: Context, forum: ForumRow, item: AgendaItemRow): void {
  if (allows(ctx, "shape_agenda", forum)) return;
  if (item.proposerId !== ctx.person?.id) throw new UserError("agenda.error.notYours", { item: item.number });
  if (!isChangeableByProposer(item.state)) {
    throw new UserError("agenda.error.notEditable", { item: item.number, state: ctx.t(`agenda.state.${item.state}`) });
  }
}

export function editItem(
  ctx: Context,
  meeting: MeetingRow,
  forum: ForumRow,
  item: AgendaItemRow,
  input: { title: string; description?: string; goalCodes?: string[] },
): AgendaItemRow {
  requireEditable(ctx, forum, item);
  requireOpenMeeting(ctx, meeting);
  const { title, description } = checkLimits(ctx, input.title, input.description);
  const goalCodes = input.goalCodes?.length ? checkGoalCodes(ctx.db, ctx.region.id, input.goalCodes) : undefined;
  const patch = { title, ...(input.description !== undefined ? { description } : {}), ...(goalCodes ? { goalCodes } : {}), updatedAt: ctx.now };
  return change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) => {
    const after = tx.update(agendaItems).set(patch).where(eq(agendaItems.id, item.id)).returning().get();
    audit({ action: "agenda.edit", entity: "agenda_item", entityId: String(item.id), before: auditView(item), after: auditView(after) });
    return after;
  });
}

export function withdrawItem(ctx: Context, meeting: MeetingRow, item: AgendaItemRow): AgendaItemRow {
  requireOpenMeeting(ctx, meeting);
  if (item.proposerId !== ctx.person?.id) throw new UserError("agenda.error.notYours", { item: item.number });
  if (!isChangeableByProposer(item.state)) {
    throw new UserError("agenda.error.notEditable", { item: item.number, state: ctx.t(`agenda.state.${item.state}`) });
  }
  return change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) => {
    const after = tx.update(agendaItems).set({ state: "withdrawn", updatedAt: ctx.now }).where(eq(agendaItems.id, item.id)).returning().get();
    audit({ action: "agenda.withdraw", entity: "agenda_item", entityId: String(item.id), before: { state: item.state }, after: { state: "withdrawn" } });
    return after;
  });
}
