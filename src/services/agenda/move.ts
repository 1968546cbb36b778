/**
 * Moving an item to another meeting of the same forum (by default the next one): the row keeps its id, proposer
 * and history, gets the next number of the target meeting and remembers where it came from.
 */
import { eq } from "drizzle-orm";
import { agendaItems } from "../../../db/schema/index.js";
import type { Context } from "../../context.js";
import { UserError } from "../../errors.js";
import { requireCapability } from "../access.js";
import { change } from "../audit.js";
import { listMeetings, type MeetingRow } from "../meetings.js";
import { agendaDeadlineOf } from "../agenda-deadline.js";
import type { ForumRow } from "../forums.js";
import { withMessages } from "../reminders/notices.js";
import { auditView, nextItemNumber, nextPosition, type AgendaItemRow } from "./items.js";
import { tellProposer } from "./notify.js";

/** The forum's next meeting after this one that can still take items. */
export function nextMeetingAfter(ctx: Context, meeting: MeetingRow): MeetingRow | undefined {
  return listMeetings(ctx.db, { forumIds: [meeting.forumId], from: meeting.startsAt + 1 }).find(
    (m) => m.id !== meeting.id && m.status !== "held" && m.startsAt > ctx.now,
  );
}

export function moveItem(
  ctx: Context,
  meeting: MeetingRow,
  forum: ForumRow,
  item: AgendaItemRow,
  target?: MeetingRow,
): { item: AgendaItemRow; target: MeetingRow } {
  requireCapability(ctx, "shape_agenda", forum);
  const to = target ?? nextMeetingAfter(ctx, meeting);
  if (!to) throw new UserError("agenda.error.noNextMeeting", { forum: forum.code, meeting: meeting.id });
  if (to.forumId !== meeting.forumId) throw new UserError("agenda.error.otherForum", { meeting: to.id, forum: forum.code });
  if (to.id === meeting.id) throw new UserError("agenda.error.sameMeeting", { meeting: to.id });
  if (to.status === "cancelled" || to.status === "held" || to.startsAt <= ctx.now) throw new UserError("agenda.error.closedMeeting", { meeting: to.id });
  if (item.state === "withdrawn" || item.mergedIntoId !== null) throw new UserError("agenda.error.gone", { item: item.number });
  if (item.standing) throw new UserError("agenda.error.standingStays", { item: item.number });
  // A late item gets a fresh chance when the target meeting's deadline is still ahead.
  const state = item.state === "late" && ctx.now <= agendaDeadlineOf(to, forum) ? "proposed" : item.state;
  // The move and the proposer's notice: one transaction (issue 14 §1).
  const moved = withMessages(ctx.db, () => {
    const after = change(ctx.db, ctx.person!.id, ctx.now, (tx, audit) => {
      const updated = tx
        .update(agendaItems)
        .set({
          meetingId: to.id,
          number: nextItemNumber(tx, to.id),
          position: nextPosition(tx, to.id),
          movedFromMeetingId: meeting.id,
          state,
          updatedAt: ctx.now,
        })
        .where(eq(agendaItems.id, item.id))
        .returning()
        .get();
      audit({ action: "agenda.move", entity: "agenda_item", entityId: String(item.id), before: auditView(item), after: auditView(updated) });
      return updated;
    });
    tellProposer(ctx, item, "agenda.notify.moved", { meeting: meeting.id, target: to.id });
    return after;
  });
  return { item: moved, target: to };
}
