/**
 * The meeting listener (MEETING_LISTENERS): inside the transaction that schedules, moves or cancels a meeting, it
 * plans the meeting's reminder rows, cancels the obsolete pending ones and queues the invitation or change notice —
 * so the meeting and its reminders change together or not at all (issue 8).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../../db/connection.js";
import { reminders } from "../../../db/schema/index.js";
import { isFinnishDayOff } from "../../domain/reminder-days-off.js";
import { FORUM_WIDE_KINDS } from "../../domain/reminder-kinds.js";
import { planMeetingTimes, planNotice, timingRules, type PlannedTime } from "../../domain/reminder-plan.js";
import { policyFor } from "../../domain/reminder-policy.js";
import type { MeetingChange } from "../meeting-events.js";
import type { MeetingRow } from "../meetings.js";
import { agendaDeadlineOf } from "../agenda-deadline.js";
import { forumById, type ForumRow } from "../forums.js";
import { cancelPendingOfMeeting, planRows, type NewReminder } from "./outbox.js";
import { channelRecipients, memberRecipients, personRecipient, recipientKey, type Recipient } from "./recipients.js";

export function meetingSubject(meeting: Pick<MeetingRow, "id" | "startsAt">): string {
  return `meeting:${meeting.id}@${meeting.startsAt}`;
}

function recipientsFor(forum: ForumRow, planned: PlannedTime, everyone: { channels: Recipient[]; members: Recipient[] }): Recipient[] {
  if (FORUM_WIDE_KINDS.has(planned.kind)) return [...everyone.channels, ...everyone.members];
  if (planned.kind === "agenda_deadline") {
    return everyone.members.filter((m) => m.personId !== forum.secretaryId && m.personId !== forum.convenerId);
  }
  if (planned.kind === "minutes_due" || planned.kind === "quorum_at_risk") return forum.secretaryId ? [personRecipient(forum.secretaryId)] : [];
  return [];
}

function rowsFor(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, times: PlannedTime[], payload: Record<string, unknown> = {}): NewReminder[] {
  const everyone = { channels: channelRecipients(db, forum.id), members: memberRecipients(db, forum.id) };
  const subject = meetingSubject(meeting);
  return times.flatMap((planned) =>
    recipientsFor(forum, planned, everyone).map((r) => ({
      key: `${subject}:${planned.kind}:${planned.offset}:${recipientKey(r)}`,
      kind: planned.kind,
      subject: `meeting:${meeting.id}`,
      meetingId: meeting.id,
      forumId: forum.id,
      ...r,
      dueAt: planned.dueAt,
      expiresAt: planned.expiresAt,
      payload,
    })),
  );
}

/** The timed rows a meeting should have now (also used by the periodic re-plan for new members and channels). */
export function plannedRowsOfMeeting(db: DbOrTx, meeting: MeetingRow, forum: ForumRow, now: number): NewReminder[] {
  if (meeting.status !== "scheduled" && meeting.status !== "held") return [];
  const policy = policyFor(forum);
  const times = planMeetingTimes(
    { startsAt: meeting.startsAt, endsAt: meeting.endsAt, zone: meeting.zone, agendaDeadlineAt: agendaDeadlineOf(meeting, forum) },
    policy,
    isFinnishDayOff,
    now,
  );
  return rowsFor(db, meeting, forum, times);
}

function hasPendingInvitation(db: DbOrTx, meetingId: string): boolean {
  return !!db
    .select({ id: reminders.id })
    .from(reminders)
    .where(and(eq(reminders.meetingId, meetingId), eq(reminders.kind, "invitation"), inArray(reminders.state, ["pending", "sending"])))
    .get();
}

function visiblyChanged(before: MeetingRow | undefined, after: MeetingRow): boolean {
  if (!before) return false;
  return before.startsAt !== after.startsAt || before.endsAt !== after.endsAt || before.place !== after.place || before.onlineUrl !== after.onlineUrl;
}

/** Meetings made in bulk (agreement import, the demo calendar) are not announced one by one. */
const BULK_ACTORS = new Set(["import", "system"]);

export function rewriteMeetingReminders(tx: Tx, change: MeetingChange): void {
  const { meeting, before, now } = change;
  // A meeting entered after it took place (`held`) has nobody left to invite or remind (issue 15 point 2).
  if (change.kind === "recorded") return;
  const announce = !BULK_ACTORS.has(change.actor);
  const forum = forumById(tx, meeting.forumId);
  if (!forum) return;
  const policy = policyFor(forum);
  const rules = timingRules(meeting.zone, policy, isFinnishDayOff);
  const notice = (kind: "invitation" | "change", payload: Record<string, unknown>) =>
    rowsFor(
      tx,
      meeting,
      forum,
      [planNotice(kind, `s${meeting.sequence}`, now, meeting.startsAt, rules)].filter((p) => !policy.off.has(p.kind) && p.expiresAt > p.dueAt),
      payload,
    );

  if (meeting.status === "cancelled" || meeting.status === "tentative") {
    const invitationPending = hasPendingInvitation(tx, meeting.id);
    cancelPendingOfMeeting(tx, meeting.id, [], `meeting ${meeting.status}`, now);
    const wasAnnounced = before && before.status !== "tentative" && before.status !== "cancelled" && !invitationPending;
    if (meeting.status === "cancelled" && wasAnnounced && announce) planRows(tx, notice("change", { cancelled: true, reason: meeting.cancelReason }), now);
    return;
  }

  const timed = plannedRowsOfMeeting(tx, meeting, forum, now);
  const invitationPending = hasPendingInvitation(tx, meeting.id);
  const keep = timed.map((r) => r.key);
  if (invitationPending) {
    keep.push(
      ...tx
        .select({ key: reminders.key })
        .from(reminders)
        .where(and(eq(reminders.meetingId, meeting.id), eq(reminders.kind, "invitation"), eq(reminders.state, "pending")))
        .all()
        .map((r) => r.key),
    );
  }
  cancelPendingOfMeeting(tx, meeting.id, keep, "meeting changed", now);
  planRows(tx, timed, now);
  const firstAnnouncement = change.kind === "scheduled" || (before?.status === "tentative" && meeting.status === "scheduled");
  if (!announce) return;
  if (firstAnnouncement) planRows(tx, notice("invitation", {}), now);
  else if (!invitationPending && visiblyChanged(before, meeting)) {
    planRows(tx, notice("change", { beforeStartsAt: before!.startsAt, beforeEndsAt: before!.endsAt, beforePlace: before!.place }), now);
  }
}
