/**
 * The inspection flow of minutes: name the inspectors, send for inspection (state `inspection`), each inspector
 * approves; when the last one approves the minutes are `approved` and every decision of the meeting becomes final
 * (immutable; corrections are amendments). Approved minutes never change.
 */
import { and, eq } from "drizzle-orm";
import { decisions, minutes, minutesInspectors } from "../../../db/schema/index.js";
import { UserError } from "../../errors.js";
import { requireCapability } from "../access.js";
import { change } from "../audit.js";
import { requireRecordable } from "../record/lifecycle.js";
import { actorOf, type UseCase } from "../use-case.js";
import type { MeetingRow } from "../meetings.js";
import type { ForumRow } from "../forums.js";
import type { PersonRow } from "../people.js";
import { queueInspectionRequests } from "./inspection-request.js";
import { ensureMinutes, type MinutesRow } from "./open.js";
import { minutesState } from "./status.js";

function requireNotApproved(row: MinutesRow): void {
  if (row.state === "approved") throw new UserError("minutes.alreadyApproved", { meeting: row.meetingId });
}

export function setInspectors(uc: UseCase, meeting: MeetingRow, forum: ForumRow, people: PersonRow[]): void {
  requireCapability(uc, "finish_minutes", forum);
  requireRecordable(uc, meeting);
  const now = uc.now;
  change(uc.db, actorOf(uc), now, (tx, audit) => {
    const row = ensureMinutes(tx, meeting, forum, now);
    requireNotApproved(row);
    tx.delete(minutesInspectors).where(eq(minutesInspectors.meetingId, meeting.id)).run();
    for (const [position, p] of people.entries()) tx.insert(minutesInspectors).values({ meetingId: meeting.id, personId: p.id, position }).run();
    tx.update(minutes).set({ updatedAt: now }).where(eq(minutes.meetingId, meeting.id)).run();
    audit({ action: "minutes.inspectors", entity: "minutes", entityId: meeting.id, after: people.map((p) => p.id) });
  });
}

/** Sends the minutes for inspection and queues each inspector's request in the same transaction; returns the inspectors asked. */
export function finishMinutes(uc: UseCase, meeting: MeetingRow, forum: ForumRow): string[] {
  requireCapability(uc, "finish_minutes", forum);
  requireRecordable(uc, meeting);
  const now = uc.now;
  return change(uc.db, actorOf(uc), now, (tx, audit) => {
    const row = ensureMinutes(tx, meeting, forum, now);
    requireNotApproved(row);
    const inspectors = tx.select().from(minutesInspectors).where(eq(minutesInspectors.meetingId, meeting.id)).all();
    if (inspectors.length === 0) throw new UserError("minutes.noInspectors", { meeting: meeting.id });
    tx.update(minutes).set({ state: "inspection", finishedAt: now, updatedAt: now }).where(eq(minutes.meetingId, meeting.id)).run();
    audit({ action: "minutes.finish", entity: "minutes", entityId: meeting.id, before: { state: row.state }, after: { state: "inspection" } });
    const pending = minutesState(tx, meeting.id).pendingInspectors;
    queueInspectionRequests(tx, meeting, forum, pending, now);
    return pending;
  });
}

export interface ApprovalResult {
  pending: string[];
  approved: boolean;
  finalized: number;
}

/** Only a named inspector approves (the inspector check is this use case's permission). */
export function approveMinutes(uc: UseCase, meeting: MeetingRow): ApprovalResult {
  const person = uc.person;
  if (!person) throw new UserError("minutes.notInspector", { meeting: meeting.id });
  const now = uc.now;
  return change(uc.db, person.id, now, (tx, audit) => {
    const row = tx.select().from(minutes).where(eq(minutes.meetingId, meeting.id)).get();
    if (row?.state === "approved") throw new UserError("minutes.alreadyApproved", { meeting: meeting.id });
    const mine = tx
      .select()
      .from(minutesInspectors)
      .where(and(eq(minutesInspectors.meetingId, meeting.id), eq(minutesInspectors.personId, person.id)))
      .get();
    if (!mine) throw new UserError("minutes.notInspector", { meeting: meeting.id });
    if (row?.state !== "inspection") throw new UserError("minutes.notInInspection", { meeting: meeting.id, state: row?.state ?? "draft" });
    tx.update(minutesInspectors)
      .set({ approvedAt: mine.approvedAt ?? now })
      .where(and(eq(minutesInspectors.meetingId, meeting.id), eq(minutesInspectors.personId, person.id)))
      .run();
    audit({ action: "minutes.approve", entity: "minutes", entityId: meeting.id, after: { inspector: person.id } });
    const pending = minutesState(tx, meeting.id).pendingInspectors;
    if (pending.length > 0) return { pending, approved: false, finalized: 0 };
    tx.update(minutes).set({ state: "approved", approvedAt: now, updatedAt: now }).where(eq(minutes.meetingId, meeting.id)).run();
    const finalized = tx
      .update(decisions)
      .set({ status: "final", finalizedAt: now, updatedAt: now })
      .where(eq(decisions.meetingId, meeting.id))
      .returning({ id: decisions.id })
      .all().length;
    audit({ action: "minutes.approved", entity: "minutes", entityId: meeting.id, after: { state: "approved", finalized } });
    return { pending, approved: true, finalized };
  });
}
