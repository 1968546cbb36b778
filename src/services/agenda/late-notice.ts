/**
 * A late proposal reaches the forum's secretary with accept and reject buttons: a notice in the outbox queued in the
 * proposal's transaction (issue 14 §1), not by the command after it. The row names only the item; the message is
 * rendered when it is sent, in the secretary's language then (reminders/render.ts).
 */
import type { Context } from "../../context.js";
import { reply, type Action, type Reply } from "../../conversation/reply.js";
import type { Translate } from "../../i18n/catalog.js";
import type { ForumRow } from "../forums.js";
import type { MeetingRow } from "../meetings.js";
import { findPerson } from "../people.js";
import { queueRecordNotice } from "../reminders/notices.js";
import { personRecipient } from "../reminders/recipients.js";
import type { AgendaItemRow } from "./items.js";

/** The buttons that accept or reject a late item; each runs the agenda command as the person who pressed it. */
export function acceptRejectButtons(t: Translate, meetingId: string, number: number): Action[] {
  return [
    { kind: "button", label: t("agenda.button.accept", { number }), command: `agenda accept ${meetingId} #${number}`, style: "primary", settles: true },
    { kind: "button", label: t("agenda.button.reject", { number }), command: `agenda reject ${meetingId} #${number}`, style: "danger", settles: true },
  ];
}

/** Queues nothing when the forum has no secretary or the secretary proposed the item themselves. */
export function tellSecretaryOfLate(ctx: Context, meeting: MeetingRow, forum: ForumRow, item: AgendaItemRow): void {
  const secretary = forum.secretaryId ? findPerson(ctx.db, forum.secretaryId) : undefined;
  if (!secretary || secretary.id === ctx.person?.id) return;
  const notice = {
    kind: "late_proposal",
    key: `late:${meeting.id}:${item.id}`,
    subject: `meeting:${meeting.id}`,
    meetingId: meeting.id,
    forumId: forum.id,
    now: ctx.now,
  } as const;
  queueRecordNotice(ctx.db, notice, [personRecipient(secretary.id)], { itemId: item.id });
}

/** The secretary's message about a late item, as the item stands when it is sent. */
export function lateProposalMessage(t: Translate, item: AgendaItemRow): Reply {
  return reply([
    { kind: "text", text: t("agenda.done.added", { number: item.number, meeting: item.meetingId, title: item.title }) },
    { kind: "text", text: t("agenda.state.late") },
    { kind: "actions", actions: acceptRejectButtons(t, item.meetingId, item.number) },
  ]);
}
